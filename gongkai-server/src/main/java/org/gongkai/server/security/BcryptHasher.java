package org.gongkai.server.security;

import org.gongkai.workflow.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passwords as bcrypt hashes, cost 12 (about a quarter of a second each on this kind of machine). */
public final class BcryptHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(Integer.getInteger("gongkai.bcrypt.cost", 12));

    @Override
    public String hash(CharSequence password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        return encoder.matches(password, hash);
    }
}
