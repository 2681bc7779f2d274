package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.WorkflowException;
import org.junit.jupiter.api.Test;

/** Sign-in, sessions, tokens and account administration over in-memory repositories, without a database. */
class AccountsTest {

    private final WorkflowTest.MovableClock clock = new WorkflowTest.MovableClock(Instant.parse("2025-02-01T02:00:00Z"));
    private final InMemoryAccounts store = new InMemoryAccounts().region("130535", 7).department("130535/306", 42);
    private final Accounts accounts = store.accounts(new PlainPasswordHasher(), clock);

    private void wang() {
        accounts.create(Actor.SYSTEM, "wang", "王", Role.PREPARER, null, List.of("130535/306"), "a-long-password");
    }

    @Test
    void anAccountIsCreatedOnlyByAnAdministrator() {
        Actor preparer = new Actor(5L, "li", Role.PREPARER, null, Set.of());
        assertThatThrownBy(() -> accounts.create(Actor.PUBLIC, "wang", null, Role.PREPARER, null, List.of(),
                "a-long-password")).isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.UNAUTHENTICATED));
        assertThatThrownBy(() -> accounts.create(preparer, "wang", null, Role.PREPARER, null, List.of(),
                "a-long-password")).isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN));
        assertThat(accounts.count()).isZero();
        assertThat(store.entries).isEmpty();
    }

    @Test
    void aNewAccountHasItsDepartmentsByKeyAndIsInTheAuditLog() {
        wang();

        assertThat(accounts.users()).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("wang");
            assertThat(u.departmentIds()).containsExactly(42L);
        });
        assertThat(store.entries).containsExactly(new InMemoryAccounts.Entry("system", "create-user", "users/wang"));
    }

    @Test
    void anAccountNamingAnUnknownDepartmentOrRegionIsInvalidAndNotAdded() {
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, "wang", null, Role.PREPARER, null,
                List.of("130535/999"), "a-long-password")).isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID));
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, "zhao", null, Role.REVIEWER, "999999", List.of(),
                "a-long-password")).isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID));
        assertThat(accounts.count()).isZero();
    }

    @Test
    void aTakenNameIsAConflict() {
        wang();
        assertThatThrownBy(this::wang).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.CONFLICT));
    }

    @Test
    void theRightPasswordOpensASessionThatActsAsThePersonUntilItsTimeIsUp() {
        wang();
        var login = (Accounts.Login.Accepted) accounts.login(" wang ", "a-long-password", "10.0.0.1");

        assertThat(login.actor().departmentIds()).containsExactly(42L);
        assertThat(accounts.session(login.sessionToken())).map(Actor::username).contains("wang");
        clock.set("2025-02-01T10:00:01Z");
        assertThat(accounts.session(login.sessionToken())).isEmpty();
        assertThat(store.entries).extracting(InMemoryAccounts.Entry::action).containsExactly("create-user", "login");
    }

    @Test
    void signingOutEndsTheSession() {
        wang();
        var login = (Accounts.Login.Accepted) accounts.login("wang", "a-long-password", "10.0.0.1");
        accounts.logout(login.sessionToken());
        assertThat(accounts.session(login.sessionToken())).isEmpty();
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsRefusedAlikeAndCounted() {
        wang();
        assertThat(accounts.login("wang", "wrong", "10.0.0.1")).isInstanceOf(Accounts.Login.Refused.class);
        assertThat(accounts.login("nobody", "a-long-password", "10.0.0.1")).isInstanceOf(Accounts.Login.Refused.class);
        assertThat(store.failures()).isEqualTo(2);
    }

    @Test
    void tooManyWrongPasswordsThrottleTheNameFromThatAddressUntilTheWindowHasPassed() {
        wang();
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            accounts.login("wang", "guess" + i, "203.0.113.9");
        }

        assertThat(accounts.login("wang", "a-long-password", "203.0.113.9"))
                .isEqualTo(new Accounts.Login.Throttled(Accounts.FAILURE_WINDOW.toSeconds()));
        assertThat(accounts.login("wang", "a-long-password", "10.0.0.1")).isInstanceOf(Accounts.Login.Accepted.class);
        clock.set("2025-02-01T02:15:01Z");
        assertThat(accounts.login("wang", "a-long-password", "203.0.113.9")).isInstanceOf(Accounts.Login.Accepted.class);
    }

    @Test
    void aSignInDropsExpiredSessionsAndFailuresPastTheWindow() {
        wang();
        accounts.login("wang", "a-long-password", "10.0.0.1");
        accounts.login("wang", "wrong", "10.0.0.1");
        clock.set("2025-02-01T10:20:00Z");

        accounts.login("wang", "a-long-password", "10.0.0.1");

        assertThat(store.sessions()).isEqualTo(1);
        assertThat(store.failures()).isZero();
    }

    @Test
    void aScriptTokenActsAsThePersonWhoAskedForIt() {
        wang();
        Actor wang = ((Accounts.Login.Accepted) accounts.login("wang", "a-long-password", "10.0.0.1")).actor();

        String token = accounts.issueToken(wang, null);

        assertThat(token).startsWith("gkt_");
        assertThat(accounts.token(token)).contains(wang);
        assertThat(accounts.token("gkt_forged")).isEmpty();
        assertThat(accounts.session(token)).as("a token is not a session").isEmpty();
        assertThatThrownBy(() -> accounts.issueToken(Actor.PUBLIC, "x")).isInstanceOf(WorkflowException.class);
    }
}
