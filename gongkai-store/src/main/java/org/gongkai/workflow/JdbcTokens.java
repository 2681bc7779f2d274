package org.gongkai.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.store.Database;

/** The rows of {@code sessions} and {@code api_tokens}, on the connection of the transaction running. */
final class JdbcTokens implements Tokens {

    private final Database database;

    JdbcTokens(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void openSession(String digest, long userId, Instant createdAt, Instant expiresAt) {
        Rows.unchecked(() -> Rows.update(database.connection(), "INSERT INTO sessions (token_hash, user_id,"
                + " created_at, expires_at) VALUES (?, ?, ?, ?)", digest, userId, utc(createdAt), utc(expiresAt)));
    }

    @Override
    public Optional<Long> sessionUser(String digest, Instant now) {
        return Rows.unchecked(() -> Rows.first(database.connection(), "SELECT user_id FROM sessions"
                + " WHERE token_hash = ? AND expires_at > ?", r -> r.getLong(1), digest, utc(now)));
    }

    @Override
    public void closeSession(String digest) {
        Rows.unchecked(() -> Rows.update(database.connection(), "DELETE FROM sessions WHERE token_hash = ?", digest));
    }

    @Override
    public void dropExpiredSessions(Instant now) {
        Rows.unchecked(() -> Rows.update(database.connection(), "DELETE FROM sessions WHERE expires_at < ?", utc(now)));
    }

    @Override
    public void issue(String digest, long userId, String name, Instant createdAt) {
        Rows.unchecked(() -> Rows.update(database.connection(), "INSERT INTO api_tokens (token_hash, user_id, name,"
                + " created_at) VALUES (?, ?, ?, ?)", digest, userId, name, utc(createdAt)));
    }

    @Override
    public Optional<Long> tokenUser(String digest) {
        return Rows.unchecked(() -> Rows.first(database.connection(), "SELECT user_id FROM api_tokens"
                + " WHERE token_hash = ? AND revoked = FALSE", r -> r.getLong(1), digest));
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
