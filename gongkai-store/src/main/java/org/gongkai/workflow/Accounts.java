package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

import org.gongkai.lifecycle.Role;

import org.gongkai.lifecycle.Actor;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;

/**
 * Sign-in, sessions and script tokens (account administration is {@link UserAdministration}). Secrets are random 256-bit values shown once;
 * the database keeps only their SHA-256, and passwords only as a slow hash. Failed logins are
 * counted in the database per name and per address, so every server process throttles alike.
 */
public final class Accounts {

    /** A person as the administration pages show them (never with the password hash). */
    public record User(long id, String username, String displayName, Role role, String regionCode,
            Set<Long> departmentIds, boolean disabled) {
    }

    /** The outcome of a login. */
    public sealed interface Login {
        record Accepted(Actor actor, String sessionToken) implements Login {
        }

        record Refused() implements Login {
        }

        record Throttled(long retryAfterSeconds) implements Login {
        }
    }

    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_FAILURES = 5;
    /** Per address the limit is higher: an office behind one gateway shares it. */
    public static final int MAX_FAILURES_PER_ADDRESS = 30;

    private final Database database;
    private final JdbcAuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** A hash to compare against when the user does not exist, so timing does not tell. */
    private final String decoyHash;
    private final UserAdministration administration;

    public Accounts(Database database, JdbcAuditLog audit, PasswordHasher hasher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decoyHash = hasher.hash(secret("decoy"));
        this.administration = new UserAdministration(database, audit, hasher, clock);
    }

    /** A new random secret with a readable prefix: 43 characters of Base64url after it. */
    public String secret(String prefix) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public long count() {
        return administration.count();
    }

    /** Creates an account; only an administrator may. The password must have at least 12 characters. */
    public User create(Actor by, String username, String displayName, Role role, String regionCode,
            List<String> departmentCodes, String password) {
        return administration.create(by, username, displayName, role, regionCode, departmentCodes, password);
    }

    /** Every account, by name: two statements however many there are (the accounts, their departments). */
    public List<User> users() {
        return administration.users();
    }

    /**
     * Checks a password. After {@link #MAX_FAILURES} failures for the name from one address (or
     * {@link #MAX_FAILURES_PER_ADDRESS} from one address, whatever the names) within
     * {@link #FAILURE_WINDOW}, every attempt from that address is throttled until the window has
     * passed, right or not. The name is throttled per address, never everywhere: a stranger's wrong
     * passwords lock the stranger out, not the owner signing in from their own address.
     */
    public Login login(String username, String password, String address) {
        String name = username == null ? "" : username.trim();
        String from = address == null ? "unknown" : address;
        return database.inTransaction(c -> {
            Instant since = clock.instant().minus(FAILURE_WINDOW);
            // as the failures are kept: names and addresses of at most 100 characters
            Optional<Instant> oldest = AccountRows.throttledSince(c, name.length() > 100 ? name.substring(0, 100) : name,
                    from.length() > 100 ? from.substring(0, 100) : from, since);
            if (oldest.isPresent()) {
                long wait = Math.max(1, Duration.between(clock.instant(), oldest.get().plus(FAILURE_WINDOW)).toSeconds());
                return new Login.Throttled(wait);
            }
            Long userId = null;
            String hash = decoyHash;
            boolean disabled = false;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, password_hash, disabled FROM users WHERE username = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        userId = r.getLong(1);
                        hash = r.getString(2);
                        disabled = r.getBoolean(3);
                    }
                }
            }
            boolean matches = hasher.matches(password == null ? "" : password, hash);
            if (userId == null || !matches || disabled) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO login_failures (username, address, at) VALUES (?, ?, ?)")) {
                    s.setString(1, name.length() > 100 ? name.substring(0, 100) : name);
                    s.setString(2, from.length() > 100 ? from.substring(0, 100) : from);
                    s.setObject(3, now());
                    s.executeUpdate();
                }
                return new Login.Refused();
            }
            forget(c);
            String token = secret("gks");
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, Digests.sha256(token));
                s.setLong(2, userId);
                s.setObject(3, now());
                s.setObject(4, OffsetDateTime.ofInstant(clock.instant().plus(SESSION_LIFETIME), ZoneOffset.UTC));
                s.executeUpdate();
            }
            audit.append(c, name, "login", "users/" + name, null, null);
            return new Login.Accepted(AccountRows.actor(c, userId).orElseThrow(), token);
        });
    }

    /** The person whose live session this is. */
    public Optional<Actor> session(String token) {
        if (token == null || !token.startsWith("gks_")) {
            return Optional.empty();
        }
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?")) {
                s.setString(1, Digests.sha256(token));
                s.setObject(2, now());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? AccountRows.actor(c, r.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    public void logout(String token) {
        if (token == null) {
            return;
        }
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
                s.setString(1, Digests.sha256(token));
                return s.executeUpdate();
            }
        });
    }

    /** A token for scripts, shown once; it acts as the person who asked for it. */
    public String issueToken(Actor actor, String name) {
        if (actor.isPublic() || actor.userId() == null) {
            throw WorkflowException.forbidden("sign in to create a token");
        }
        FieldLength.atMost("/name", name, 200);
        String token = secret("gkt");
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO api_tokens (token_hash, user_id, name, created_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, Digests.sha256(token));
                s.setLong(2, actor.userId());
                s.setString(3, name == null || name.isBlank() ? "script" : name);
                s.setObject(4, now());
                s.executeUpdate();
            }
            audit.append(c, actor.username(), "issue-token", "users/" + actor.username(), null, null);
            return null;
        });
        return token;
    }

    public Optional<Actor> token(String token) {
        if (token == null || !token.startsWith("gkt_")) {
            return Optional.empty();
        }
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT user_id FROM api_tokens WHERE token_hash = ? AND revoked = FALSE")) {
                s.setString(1, Digests.sha256(token));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? AccountRows.actor(c, r.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Drops what no longer matters: expired sessions and failures older than the throttle's window. */
    private void forget(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
            s.setObject(1, now());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM login_failures WHERE at < ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(clock.instant().minus(FAILURE_WINDOW), ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
