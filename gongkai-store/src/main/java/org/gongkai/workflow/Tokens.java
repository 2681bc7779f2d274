package org.gongkai.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * The sessions and the scripts' tokens, each kept as the SHA-256 of its secret only. Every method
 * runs inside the caller's transaction.
 */
interface Tokens {

    void openSession(String digest, long userId, Instant createdAt, Instant expiresAt);

    /** The account of the session, if it is still open at {@code now}. */
    Optional<Long> sessionUser(String digest, Instant now);

    void closeSession(String digest);

    /** Drops the sessions that expired before {@code now}. */
    void dropExpiredSessions(Instant now);

    void issue(String digest, long userId, String name, Instant createdAt);

    /** The account of the token, unless it was revoked. */
    Optional<Long> tokenUser(String digest);
}
