package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deadline dashboard asks the database a fixed number of statements, however many departments
 * its region has: measured on a county of 10 and of 1,000 departments, spread over townships below it.
 * The figures are in docs/benchmarks.md.
 */
class DeadlineQueriesTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** Every version's content: a small document (with its digest) that search can read and find. */
    static final String CONTENT = "{\"document\":{\"title\":\"临西县部门预算\"}}";

    /** A province › city › county, the county's townships, and {@code departments} departments spread over them. */
    record Region(Database database, CountingDataSource counter, Workflow workflow) {

        /** A region's id, found by its code. */
        long regionId(String code) {
            return number("SELECT id FROM regions WHERE code = ?", code);
        }

        /** A department's id, found by its code ("0000", "0001", ...). */
        long departmentId(String code) {
            return number("SELECT id FROM departments WHERE code = ?", code);
        }

        /** The answer of a query of one number. */
        long number(String sql, String... parameters) {
            return database.inTransaction(c -> {
                try (var s = c.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        s.setString(i + 1, parameters[i]);
                    }
                    try (var r = s.executeQuery()) {
                        if (!r.next()) {
                            throw new AssertionError("nothing for " + java.util.List.of(parameters) + ": " + sql);
                        }
                        return r.getLong(1);
                    }
                }
            });
        }

        /** The city reviewer, or a preparer of two departments, or the public or the administrator. */
        Actor actor(String who) {
            return switch (who) {
                case "public" -> Actor.PUBLIC;
                case "administrator" -> Actor.SYSTEM;
                case "city reviewer" -> new Actor(9L, "li", Role.REVIEWER, regionId("130500"), java.util.Set.of());
                default -> new Actor(8L, "zhang", Role.PREPARER, null,
                        java.util.Set.of(departmentId("0001"), departmentId("0003")));
            };
        }
    }

    static Region region(int departments) throws SQLException {
        Database plain = Database.open("jdbc:h2:mem:deadlines" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        plain.migrate();
        CountingDataSource counter = new CountingDataSource(plain.dataSource());
        Database database = Database.of(counter);
        WorkflowTest.MovableClock clock = new WorkflowTest.MovableClock(Instant.parse("2025-03-01T02:00:00Z"));
        JdbcAuditLog audit = new JdbcAuditLog(database, clock);
        Workflow workflow = new Workflow(database, audit, new CanonicalCodec(), d -> List.of(), d -> List.of(), d -> d,
                clock);
        try (Connection c = plain.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO regions (parent_id, level, name, code) VALUES (NULL, 'province', '河北省', '130000')");
            s.executeUpdate("INSERT INTO regions (parent_id, level, name, code) SELECT id, 'city', '邢台市', '130500'"
                    + " FROM regions WHERE code = '130000'");
            s.executeUpdate("INSERT INTO regions (parent_id, level, name, code) SELECT id, 'county', '临西县', '130535'"
                    + " FROM regions WHERE code = '130500'");
            for (int t = 0; t < 5; t++) {
                s.executeUpdate("INSERT INTO regions (parent_id, level, name, code) SELECT id, 'township', '镇" + t
                        + "', '13053510" + t + "' FROM regions WHERE code = '130535'");
            }
            for (int i = 0; i < departments; i++) {
                String region = i % 2 == 0 ? "130535" : "13053510" + (i % 5);
                s.executeUpdate("INSERT INTO departments (region_id, code, name) SELECT id, '" + String.format("%04d", i)
                        + "', '部门" + i + "' FROM regions WHERE code = '" + region + "'");
            }
            // every other department has a budget for 2025: drafts, approved ones, published ones
            s.executeUpdate("INSERT INTO disclosures (department_id, fiscal_year, kind) SELECT id, 2025, 'budget'"
                    + " FROM departments WHERE MOD(id, 2) = 0");
            s.executeUpdate("INSERT INTO disclosure_versions (disclosure_id, version, status, canonical_json, sha256,"
                    + " created_at, created_by, errors, warnings, infos) SELECT id, 1,"
                    + " CASE MOD(id, 3) WHEN 0 THEN 'draft' WHEN 1 THEN 'approved' ELSE 'published' END,"
                    + " '" + CONTENT + "', '" + Digests.sha256(CONTENT) + "', CURRENT_TIMESTAMP, 'zhang', 0, 1, 0"
                    + " FROM disclosures");
            s.executeUpdate("UPDATE disclosures SET approved_on = DATE '2025-02-01' WHERE MOD(id, 3) <> 0");
            s.executeUpdate("UPDATE disclosures SET published_at = TIMESTAMP WITH TIME ZONE '2025-02-15 02:00:00+00'"
                    + " WHERE MOD(id, 3) = 2");
        }
        return new Region(database, counter, workflow);
    }

    private static int statementsOfOneAnswer(Region region, Actor actor, String regionCode, int expectedRows) {
        region.counter().reset();
        List<Workflow.DeadlineRow> rows = region.workflow().deadlines(actor, regionCode, 2025);
        int statements = region.counter().statements();
        assertThat(rows).hasSize(expectedRows);
        return statements;
    }

    @ParameterizedTest(name = "asked by {0}")
    @ValueSource(strings = {"public", "administrator", "city reviewer", "preparer"})
    void theDashboardOfTenAndOfAThousandDepartmentsTakesTheSameStatements(String who) throws SQLException {
        Region small = region(10);
        Region large = region(1_000);
        int ten = statementsOfOneAnswer(small, small.actor(who), "130535", 10);
        int thousand = statementsOfOneAnswer(large, large.actor(who), "130535", 1_000);
        System.out.printf("deadline dashboard, asked by %s: %d statements for 10 departments, %d for 1,000%n", who,
                ten, thousand);
        assertThat(thousand).isEqualTo(ten).isLessThanOrEqualTo(3);
    }

    @Test
    void theDepartmentsOfARegionTakeTheSameStatementsForTenAndForAThousand() throws SQLException {
        int[] statements = new int[2];
        int[] sizes = {10, 1_000};
        for (int round = 0; round < 2; round++) {
            Region region = region(sizes[round]);
            Directory directory = JdbcUseCases.directory(region.database(),
                    new JdbcAuditLog(region.database(), java.time.Clock.systemUTC()));
            region.counter().reset();
            List<Directory.DepartmentView> departments = directory.departments("130535");
            statements[round] = region.counter().statements();
            assertThat(departments).hasSize(sizes[round]);
            assertThat(departments).allSatisfy(d -> assertThat(d.regionCode()).startsWith("130535"));
        }
        System.out.printf("departments of a region: %d statements for 10, %d for 1,000%n", statements[0],
                statements[1]);
        assertThat(statements[1]).isEqualTo(statements[0]).isLessThanOrEqualTo(3);
    }

    @Test
    void theListOfUsersTakesTwoStatementsHoweverManyThereAre() throws SQLException {
        Region region = region(10);
        Accounts accounts = JdbcUseCases.accounts(region.database(), new JdbcAuditLog(region.database(), java.time.Clock.systemUTC()),
                new PasswordHasher() {
                    @Override
                    public String hash(CharSequence password) {
                        return "x";
                    }

                    @Override
                    public boolean matches(CharSequence password, String hash) {
                        return false;
                    }
                }, java.time.Clock.systemUTC());
        int[] statements = new int[2];
        int[] sizes = {5, 300};
        for (int round = 0; round < 2; round++) {
            try (Connection c = region.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                for (int i = round == 0 ? 0 : sizes[0]; i < sizes[round]; i++) {
                    s.executeUpdate("INSERT INTO users (username, display_name, password_hash, role, created_at) VALUES"
                            + " ('u" + i + "', '用户" + i + "', 'x', 'preparer', CURRENT_TIMESTAMP)");
                    s.executeUpdate("INSERT INTO user_departments (user_id, department_id) SELECT MAX(id), " + (1 + i % 10)
                            + " FROM users");
                }
            }
            region.counter().reset();
            List<Accounts.User> users = accounts.users();
            statements[round] = region.counter().statements();
            assertThat(users).hasSize(sizes[round]);
            assertThat(users).allSatisfy(u -> assertThat(u.departmentIds()).hasSize(1));
        }
        System.out.printf("user list: %d statements for %d users, %d for %d%n", statements[0], sizes[0], statements[1],
                sizes[1]);
        assertThat(statements[1]).isEqualTo(statements[0]).isEqualTo(2);
    }

    @Test
    void aReviewersShareOfTheAuditLogTakesTheSameStatementsForTenAndForAThousandDepartments() throws SQLException {
        int[] statements = new int[2];
        int[] sizes = {10, 1_000};
        for (int round = 0; round < 2; round++) {
            Region region = region(sizes[round]);
            JdbcAuditLog audit = new JdbcAuditLog(region.database(), java.time.Clock.systemUTC());
            List<Long> departments = region.database().inTransaction(c -> {
                List<Long> ids = new java.util.ArrayList<>();
                try (var s = c.prepareStatement("SELECT id FROM departments ORDER BY id"); var r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                for (long id : ids) {
                    audit.append(c, "zhang", "save", "departments/" + id + "/budgets/2025/versions/1", null, null);
                }
                for (String subject : List.of("regions/130535100", "regions/130535", "users/zhang", "departments/x")) {
                    audit.append(c, "system", "create", subject, null, null);
                }
                return ids;
            });
            Actor township = new Actor(9L, "li", Role.REVIEWER, region.regionId("130535100"), java.util.Set.of());
            long inTownship = region.number("SELECT COUNT(*) FROM departments d JOIN regions r ON r.id = d.region_id"
                    + " WHERE r.code = ?", "130535100");
            AuditAccess access = JdbcUseCases.auditAccess(region.database(), audit);

            region.counter().reset();
            List<org.gongkai.store.AuditEntry> seen = access.entries(township);
            statements[round] = region.counter().statements();

            assertThat(departments).hasSize(sizes[round]);
            assertThat(seen).as("the township's departments and the township itself").hasSize((int) inTownship + 1)
                    .extracting(org.gongkai.store.AuditEntry::subject)
                    .noneMatch(subject -> subject.startsWith("users/") || subject.equals("regions/130535"));
        }
        System.out.printf("a reviewer's share of the audit log: %d statements for 10 departments, %d for 1,000%n",
                statements[0], statements[1]);
        assertThat(statements[1]).isEqualTo(statements[0]).isLessThanOrEqualTo(3);
    }

    @Test
    void theStandingsOfTheLargeRegionAreThoseOfItsDates() throws SQLException {
        Region region = region(1_000);
        Map<String, Long> standings = region.workflow().deadlines(Actor.SYSTEM, "130000", 2025).stream()
                .collect(Collectors.groupingBy(Workflow.DeadlineRow::standing, Collectors.counting()));
        // half the departments have nothing; of the others a third each are drafts, approved and overdue
        // (deadline 2025-02-21, today 2025-03-01), and published on 02-15, in time
        assertThat(standings).containsOnlyKeys("missing", "in-preparation", "overdue", "published");
        assertThat(standings.get("missing")).isEqualTo(500);
        assertThat(standings.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000);
        Map<String, Long> seenByPublic = region.workflow().deadlines(Actor.PUBLIC, "130535", 2025).stream()
                .collect(Collectors.groupingBy(Workflow.DeadlineRow::standing, Collectors.counting()));
        assertThat(seenByPublic).containsOnlyKeys("not-published", "published");
        assertThat(seenByPublic.get("published")).isEqualTo(standings.get("published"));
    }
}
