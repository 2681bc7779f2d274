package org.gongkai.workflow;

/** A slow, salted password hash in a self-describing text form (the server uses bcrypt). */
public interface PasswordHasher {

    String hash(CharSequence password);

    boolean matches(CharSequence password, String hash);
}
