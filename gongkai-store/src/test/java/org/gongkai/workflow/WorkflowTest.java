package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

import org.gongkai.lifecycle.Role;

import org.gongkai.lifecycle.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workflow on H2 in memory with a clock the test moves: the 20-day publication deadline and a
 * region's standings (published on time, published late, due, overdue, in preparation, missing),
 * search as each asker may see it, sessions.
 */
class WorkflowTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final CanonicalCodec CODEC = new CanonicalCodec();

    private final MovableClock clock = new MovableClock(Instant.parse("2025-02-01T02:00:00Z"));
    private Workflow workflow;
    private Directory directory;
    private Accounts accounts;
    private Database database;

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() {
        database = Database.open("jdbc:h2:mem:workflow" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        database.migrate();
        JdbcAuditLog audit = new JdbcAuditLog(database, clock);
        Function<Disclosure, List<Workflow.Rendered>> renderer = d -> List.of(new Workflow.Rendered("json",
                "d.json", "application/json", CODEC.write(d, CanonicalFormat.JSON).getBytes()));
        workflow = new Workflow(database, audit, CODEC, d -> List.of(), renderer, d -> d, clock);
        directory = JdbcUseCases.directory(database, audit);
        accounts = JdbcUseCases.accounts(database, audit, new PlainPasswordHasher(), clock);
        directory.createRegion(Actor.SYSTEM, null, "province", "上海市", "310000");
        for (String code : List.of("a", "b", "c", "d", "e", "f")) {
            directory.createDepartment(Actor.SYSTEM, "310000", code, "部门" + code, null, null);
        }
    }

    private long draft(String department) {
        return workflow.create(Actor.SYSTEM, "310000/" + department,
                CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON)).disclosure().id();
    }

    private void throughReview(long id, LocalDate approvedOn) {
        workflow.submit(Actor.SYSTEM, id);
        workflow.approve(Actor.SYSTEM, id, approvedOn);
    }

    @Test
    void eachDepartmentStandsWhereItsDatesPutIt() {
        long onTime = draft("a");
        throughReview(onTime, LocalDate.parse("2025-01-20"));
        clock.set("2025-02-09T03:00:00Z"); // 11:00 in Beijing, day 20 after approval: still on time
        workflow.publish(Actor.SYSTEM, onTime);

        long late = draft("b");
        throughReview(late, LocalDate.parse("2025-01-10"));
        workflow.publish(Actor.SYSTEM, late); // 2025-02-09 is 10 days after the deadline of 01-30

        long due = draft("c");
        throughReview(due, LocalDate.parse("2025-02-01"));
        long overdue = draft("d");
        throughReview(overdue, LocalDate.parse("2025-01-15"));
        draft("e");

        Map<String, Workflow.DeadlineRow> rows = workflow.deadlines(Actor.SYSTEM, "310000", 2025).stream()
                .collect(Collectors.toMap(r -> r.department().code(), r -> r));
        assertThat(rows.get("a").standing()).isEqualTo("published");
        assertThat(rows.get("a").deadline()).isEqualTo("2025-02-09");
        assertThat(rows.get("b").standing()).isEqualTo("published-late");
        assertThat(rows.get("b").daysLate()).isEqualTo(10);
        assertThat(rows.get("c").standing()).isEqualTo("due");
        assertThat(rows.get("d").standing()).isEqualTo("overdue");
        assertThat(rows.get("d").daysLate()).isEqualTo(5);
        assertThat(rows.get("e").standing()).isEqualTo("in-preparation");
        assertThat(rows.get("f").standing()).isEqualTo("missing");
        assertThat(rows.get("c").approvedOn()).isEqualTo("2025-02-01");
    }

    @Test
    void thePublicStandingShowsNeitherThatADraftExistsNorWhenItWasApproved() {
        long published = draft("a");
        throughReview(published, LocalDate.parse("2025-01-20"));
        clock.set("2025-02-09T03:00:00Z");
        workflow.publish(Actor.SYSTEM, published);
        throughReview(draft("c"), LocalDate.parse("2025-02-01"));
        throughReview(draft("d"), LocalDate.parse("2025-01-15"));
        draft("e");

        Map<String, Workflow.DeadlineRow> rows = workflow.deadlines(Actor.PUBLIC, "310000", 2025).stream()
                .collect(Collectors.toMap(r -> r.department().code(), r -> r));
        assertThat(rows.get("a").standing()).isEqualTo("published");
        assertThat(rows.get("a").approvedOn()).isEqualTo("2025-01-20");
        for (String unpublished : List.of("c", "d", "e", "f")) {
            Workflow.DeadlineRow row = rows.get(unpublished);
            assertThat(row.standing()).as(unpublished).isEqualTo("not-published");
            assertThat(row.disclosureId()).as(unpublished).isNull();
            assertThat(row.status()).as(unpublished).isNull();
            assertThat(row.approvedOn()).as(unpublished).isNull();
            assertThat(row.deadline()).as(unpublished).isNull();
            assertThat(row.daysLate()).as(unpublished).isNull();
        }
    }

    @Test
    void searchFindsValuesNotTheNamesOfFields() {
        long id = draft("a");
        for (String name : List.of("fiscalYear", "quantityUnit", "name", "category")) {
            assertThat(workflow.search(Actor.SYSTEM, name, null, null)).as(name).isEmpty();
        }
        assertThat(workflow.search(Actor.SYSTEM, "社会保障和就业", null, null)).extracting(Workflow.DisclosureView::id)
                .containsExactly(id);
        assertThat(workflow.search(Actor.SYSTEM, "vehicles_ministerial", null, null)).hasSize(1);
        assertThat(workflow.search(Actor.SYSTEM, "部门a", null, null)).hasSize(1);
    }

    @Test
    void aDayIsADayInBeijing() {
        long id = draft("a");
        throughReview(id, LocalDate.parse("2025-01-20"));
        clock.set("2025-02-09T16:30:00Z"); // 00:30 on 02-10 in Beijing: one day late
        workflow.publish(Actor.SYSTEM, id);
        Workflow.DeadlineRow row = workflow.deadlines(Actor.PUBLIC, "310000", 2025).get(0);
        assertThat(row.standing()).isEqualTo("published-late");
        assertThat(row.daysLate()).isEqualTo(1);
    }

    @Test
    void aSecondApprovalAfterACorrectionKeepsTheFirstApprovalDate() {
        long id = draft("a");
        throughReview(id, LocalDate.parse("2025-01-20"));
        workflow.publish(Actor.SYSTEM, id);
        workflow.correct(Actor.SYSTEM, id, "更正一处文字", null);
        throughReview(id, LocalDate.parse("2025-03-01"));
        assertThat(workflow.view(Actor.SYSTEM, id).approvedOn()).isEqualTo("2025-01-20");
    }

    @Test
    void aSessionEndsWhenItsTimeIsUp() {
        accounts.create(Actor.SYSTEM, "wang", "王", Role.PREPARER, null, List.of("310000/a"), "a-long-password");
        var login = (Accounts.Login.Accepted) accounts.login("wang", "a-long-password", "10.0.0.1");
        assertThat(accounts.session(login.sessionToken())).isPresent();
        clock.set("2025-02-01T10:00:01Z");
        assertThat(accounts.session(login.sessionToken())).isEmpty();
        assertThat(accounts.session("gks_forged")).isEmpty();
        assertThat(accounts.login("wang", "wrong", "10.0.0.1")).isInstanceOf(Accounts.Login.Refused.class);
        clock.set("2025-02-01T10:20:00Z");
        assertThat(accounts.login("wang", "a-long-password", "10.0.0.1")).isInstanceOf(Accounts.Login.Accepted.class);
        assertThat(rows("sessions")).as("the expired session is dropped at the next sign-in").isEqualTo(1);
        assertThat(rows("login_failures")).as("failures past the window are dropped").isZero();
    }

    @Test
    void anApprovalDateOutsideAnyBudgetYearIsInvalid() {
        long id = draft("a");
        workflow.submit(Actor.SYSTEM, id);
        assertThatThrownBy(() -> workflow.approve(Actor.SYSTEM, id, LocalDate.MAX))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID));
        assertThat(workflow.approve(Actor.SYSTEM, id, LocalDate.parse("2025-01-20")).id()).isEqualTo(id);
    }

    @Test
    void textsLongerThanTheirColumnsAreInvalid() {
        long id = draft("a");
        workflow.submit(Actor.SYSTEM, id);
        assertThatThrownBy(() -> workflow.returnForChanges(Actor.SYSTEM, id, "长".repeat(4_001)))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID));
        assertThatThrownBy(() -> directory.createRegion(Actor.SYSTEM, null, "province", "长".repeat(201), "320000"))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID));
    }

    @Test
    void wrongPasswordsThrottleTheNameFromThatAddressOnlySoAStrangerCannotLockTheOwnerOut() {
        accounts.create(Actor.SYSTEM, "wang", "王", Role.PREPARER, null, List.of("310000/a"), "a-long-password");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThat(accounts.login("wang", "guess" + i, "203.0.113.9")).isInstanceOf(Accounts.Login.Refused.class);
        }

        assertThat(accounts.login("wang", "a-long-password", "203.0.113.9"))
                .as("the stranger's address, even with the right password").isInstanceOf(Accounts.Login.Throttled.class);
        assertThat(accounts.login("wang", "a-long-password", "10.0.0.1"))
                .as("the owner at their own address").isInstanceOf(Accounts.Login.Accepted.class);
    }

    @Test
    void manyNamesTriedFromOneAddressThrottleThatAddress() {
        accounts.create(Actor.SYSTEM, "wang", "王", Role.PREPARER, null, List.of("310000/a"), "a-long-password");
        for (int i = 0; i < Accounts.MAX_FAILURES_PER_ADDRESS; i++) {
            accounts.login("name" + i, "guess", "203.0.113.9");
        }

        assertThat(accounts.login("wang", "a-long-password", "203.0.113.9")).isInstanceOf(Accounts.Login.Throttled.class);
        assertThat(accounts.login("wang", "a-long-password", "10.0.0.1")).isInstanceOf(Accounts.Login.Accepted.class);
    }

    private long rows(String table) {
        return database.inTransaction(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM " + table); var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Test
    void searchFindsWhatEachAskerMaySeeAndTakesTheTextLiterally() {
        long published = draft("a");
        throughReview(published, LocalDate.parse("2025-01-20"));
        workflow.publish(Actor.SYSTEM, published);
        long draft = draft("b");
        directory.createRegion(Actor.SYSTEM, "310000", "county", "普陀区", "310107");
        directory.createDepartment(Actor.SYSTEM, "310107", "wl", "万里街道", null, null);
        workflow.create(Actor.SYSTEM, "310107/wl",
                CODEC.write(Documents.read(Documents.edit(Documents.CZJ_CORRECTED, "/otherMatters = 仅在草稿中的说明")),
                        CanonicalFormat.JSON));
        accounts.create(Actor.SYSTEM, "wang", "王", Role.PREPARER, null, List.of("310000/b"), "a-long-password");
        Actor preparer = ((Accounts.Login.Accepted) accounts.login("wang", "a-long-password", "10.0.0.1")).actor();

        assertThat(workflow.search(Actor.PUBLIC, null, null, null)).extracting(Workflow.DisclosureView::id)
                .containsExactly(published);
        assertThat(workflow.search(preparer, null, null, null)).extracting(Workflow.DisclosureView::id)
                .containsExactlyInAnyOrder(published, draft);
        assertThat(workflow.search(Actor.SYSTEM, "仅在草稿中", null, null)).hasSize(1);
        assertThat(workflow.search(Actor.PUBLIC, "仅在草稿中", null, null)).isEmpty();
        assertThat(workflow.search(Actor.SYSTEM, null, "310107", null)).extracting(v -> v.department().code())
                .containsExactly("wl");
        assertThat(workflow.search(Actor.SYSTEM, null, "310000", 2025)).hasSize(3);
        assertThat(workflow.search(Actor.SYSTEM, null, "310000", 2024)).isEmpty();
        assertThat(workflow.search(Actor.PUBLIC, "%", null, null)).as("a wildcard is a character").isEmpty();
        assertThat(workflow.search(Actor.PUBLIC, "上海市财政局", null, null)).singleElement()
                .satisfies(v -> {
                    assertThat(v.status()).isEqualTo("published");
                    assertThat(v.title()).isEqualTo(Documents.read(Documents.CZJ_CORRECTED).document().title());
                });
    }

    @Test
    void aCountyLeftWithoutACodeIsGivenTheListsCode() {
        assertThat(directory.createRegion(Actor.SYSTEM, "310000", "county", "普陀区", null).code()).isEqualTo("310107");
        directory.createRegion(Actor.SYSTEM, null, "province", "河北省", null);
        assertThat(directory.createRegion(Actor.SYSTEM, "130000", "county", "临西县", "").code())
                .as("the city between may be left out").isEqualTo("130535");
        assertThat(directory.createRegion(Actor.SYSTEM, "310107", "township", "万里街道", "310107012").code())
                .as("a township is not in the list and keeps the code given").isEqualTo("310107012");
        assertThat(directory.region("310107")).map(Directory.RegionView::parentCode).contains("310000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
        "a county the list does not hold,  310000, county,   某某区, null,   /code",
        "a code the list does not hold,    null,   province, 某某省, 990000, /code",
        "a code of another name,           310000, county,   静安区, 310107, /code",
        "a code of another level,          null,   province, 上海市, 310107, /code",
        "a county outside its parent,      310000, county,   普陀区, 330903, /parent",
        "a listed county in another place, 310000, county,   临西县, 130535, /parent",
        "a name twice under one parent,    130000, county,   桥西区, null,   /code",
    })
    void refusesARegionTheListOfDivisionsDoesNotHoldRatherThanInventACode(String what, String parent, String level,
            String name, String code, String pointer) {
        assertThatThrownBy(() -> directory.createRegion(Actor.SYSTEM, parent, level, name, code))
                .as(what).isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID);
                    assertThat(e.problems()).extracting(WorkflowException.FieldProblem::pointer).containsExactly(pointer);
                });
        assertThat(directory.regions()).extracting(Directory.RegionView::code).containsExactly("310000");
    }

    @Test
    void aCityNeedsItsProvince() {
        assertThatThrownBy(() -> directory.createRegion(Actor.SYSTEM, null, "city", "某市", "999999"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("parent");
    }
}
