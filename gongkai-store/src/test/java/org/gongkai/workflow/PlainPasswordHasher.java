package org.gongkai.workflow;

/** A password "hash" that is the password marked as plain: fast, for tests that do not test hashing. */
final class PlainPasswordHasher implements PasswordHasher {

    @Override
    public String hash(CharSequence password) {
        return "plain:" + password;
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        return hash.equals("plain:" + password);
    }
}
