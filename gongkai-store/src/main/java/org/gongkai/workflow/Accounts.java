package org.gongkai.workflow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Digests;
import org.gongkai.workflow.LoginFailures.Tally;

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

    private final Transactions transactions;
    private final Users users;
    private final Tokens tokens;
    private final LoginFailures failures;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** A hash to compare against when the user does not exist, so timing does not tell. */
    private final String decoyHash;
    private final UserAdministration administration;

    Accounts(Transactions transactions, Users users, Tokens tokens, LoginFailures failures, AuditTrail audit,
            UserAdministration administration, PasswordHasher hasher, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.users = Objects.requireNonNull(users, "users");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.administration = Objects.requireNonNull(administration, "administration");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decoyHash = hasher.hash(secret("decoy"));
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
        // as the failures are kept: names and addresses of at most 100 characters
        String name = cut(username == null ? "" : username.trim());
        String from = cut(address == null ? "unknown" : address);
        return transactions.inTransaction(() -> {
            Optional<Instant> oldest = throttledSince(name, from, clock.instant().minus(FAILURE_WINDOW));
            if (oldest.isPresent()) {
                long wait = Math.max(1, Duration.between(clock.instant(), oldest.get().plus(FAILURE_WINDOW)).toSeconds());
                return new Login.Throttled(wait);
            }
            Optional<Users.Credentials> account = users.credentials(name);
            boolean matches = hasher.matches(password == null ? "" : password,
                    account.map(Users.Credentials::passwordHash).orElse(decoyHash));
            if (account.isEmpty() || !matches || account.get().disabled()) {
                failures.record(name, from, now());
                return new Login.Refused();
            }
            forget();
            String token = secret("gks");
            long userId = account.get().userId();
            tokens.openSession(Digests.sha256(token), userId, now(), clock.instant().plus(SESSION_LIFETIME));
            audit.append(name, "login", "users/" + name, null, null);
            return new Login.Accepted(users.actor(userId).orElseThrow(), token);
        });
    }

    /** The person whose live session this is. */
    public Optional<Actor> session(String token) {
        if (token == null || !token.startsWith("gks_")) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> tokens.sessionUser(Digests.sha256(token), now()).flatMap(users::actor));
    }

    public void logout(String token) {
        if (token == null) {
            return;
        }
        transactions.inTransaction(() -> {
            tokens.closeSession(Digests.sha256(token));
            return null;
        });
    }

    /** A token for scripts, shown once; it acts as the person who asked for it. */
    public String issueToken(Actor actor, String name) {
        if (actor.isPublic() || actor.userId() == null) {
            throw WorkflowException.forbidden("sign in to create a token");
        }
        FieldLength.atMost("/name", name, 200);
        String token = secret("gkt");
        transactions.inTransaction(() -> {
            tokens.issue(Digests.sha256(token), actor.userId(), name == null || name.isBlank() ? "script" : name, now());
            audit.append(actor.username(), "issue-token", "users/" + actor.username(), null, null);
            return null;
        });
        return token;
    }

    public Optional<Actor> token(String token) {
        if (token == null || !token.startsWith("gkt_")) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> tokens.tokenUser(Digests.sha256(token)).flatMap(users::actor));
    }

    /** Since when the name from the address, or the address whatever the names, has failed too often; empty if not. */
    private Optional<Instant> throttledSince(String name, String address, Instant since) {
        Tally byNameHere = failures.since(name, address, since);
        if (byNameHere.count() >= MAX_FAILURES) {
            return byNameHere.oldest();
        }
        Tally byAddress = failures.since(address, since);
        return byAddress.count() >= MAX_FAILURES_PER_ADDRESS ? byAddress.oldest() : Optional.empty();
    }

    /** Drops what no longer matters: expired sessions and failures older than the throttle's window. */
    private void forget() {
        tokens.dropExpiredSessions(now());
        failures.forgetBefore(clock.instant().minus(FAILURE_WINDOW));
    }

    private static String cut(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
