package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

import org.gongkai.lifecycle.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.disclosure.FinalAccountsDraft;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A department's 决算 of a year beside its budget of that year: started from the published budget,
 * reviewed and published on its own, its deadline counted from its own approval date.
 */
class FinalAccountsWorkflowTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final CanonicalCodec CODEC = new CanonicalCodec();

    private final WorkflowTest.MovableClock clock = new WorkflowTest.MovableClock(Instant.parse("2025-02-01T02:00:00Z"));
    private Workflow workflow;
    private JdbcAuditLog audit;
    private Database database;

    @BeforeEach
    void setUp() {
        database = Database.open("jdbc:h2:mem:final" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        database.migrate();
        audit = new JdbcAuditLog(database, clock);
        Function<Disclosure, List<Workflow.Rendered>> renderer = d -> List.of(new Workflow.Rendered("json",
                "d.json", "application/json", CODEC.write(d, CanonicalFormat.JSON).getBytes()));
        workflow = new Workflow(database, audit, CODEC, d -> List.of(), renderer, d -> d, clock);
        Directory directory = JdbcUseCases.directory(database, audit);
        directory.createRegion(Actor.SYSTEM, null, "province", "上海市", "310000");
        for (String code : List.of("a", "b")) {
            directory.createDepartment(Actor.SYSTEM, "310000", code, "部门" + code, null, null);
        }
    }

    private long publishedBudget(String department, LocalDate approvedOn) {
        long id = workflow.create(Actor.SYSTEM, "310000/" + department,
                CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON)).disclosure().id();
        workflow.submit(Actor.SYSTEM, id);
        workflow.approve(Actor.SYSTEM, id, approvedOn);
        workflow.publish(Actor.SYSTEM, id);
        return id;
    }

    @Test
    void theYearsFinalAccountsStartFromItsPublishedBudgetAndLiveBesideIt() {
        long budget = publishedBudget("a", LocalDate.parse("2025-01-20"));

        Workflow.Checked started = workflow.startFinalAccounts(Actor.SYSTEM, budget);
        Workflow.DisclosureView fa = started.disclosure();

        assertThat(fa.id()).isNotEqualTo(budget);
        assertThat(fa.kind()).isEqualTo("final_accounts");
        assertThat(fa.finalAccounts()).isTrue();
        assertThat(fa.fiscalYear()).isEqualTo(2025);
        assertThat(fa.status()).isEqualTo("draft");
        assertThat(fa.title()).contains("决算").doesNotContain("预算");
        assertThat(workflow.view(Actor.SYSTEM, budget).kind()).isEqualTo("budget");
        Disclosure draft = CODEC.read(workflow.document(Actor.SYSTEM, fa.id(), null).json(), "draft", CanonicalFormat.JSON);
        assertThat(draft.document().kind().isFinalAccounts()).isTrue();
        assertThat(draft.finalAccounts().outturns()).isNotEmpty();
        assertThat(workflow.versions(Actor.SYSTEM, fa.id()).get(0).changeNote()).contains("2025年度预算第1版");
        // the audit log names the 决算 apart from the budget of the same year
        assertThat(audit.entries()).anyMatch(e -> e.action().equals("final-accounts")
                && e.subject().matches("departments/\\d+/final-accounts/2025/versions/1"));

        // one 决算 a year; it is not the start of another, nor of next year
        assertThatThrownBy(() -> workflow.startFinalAccounts(Actor.SYSTEM, budget))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.CONFLICT))
                .hasMessageContaining("决算");
        assertThatThrownBy(() -> workflow.startFinalAccounts(Actor.SYSTEM, fa.id()))
                .isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> workflow.startNextYear(Actor.SYSTEM, fa.id())).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("决算");
        // a save cannot turn the 决算 into a budget
        String budgetJson = CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON);
        assertThatThrownBy(() -> workflow.save(Actor.SYSTEM, fa.id(), fa.etag(), budgetJson))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.pointer().equals("/document/kind")));
    }

    @Test
    void aBudgetNotYetPublishedStartsNoFinalAccounts() {
        long id = workflow.create(Actor.SYSTEM, "310000/a",
                CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON)).disclosure().id();
        assertThatThrownBy(() -> workflow.startFinalAccounts(Actor.SYSTEM, id)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("not published");
    }

    @Test
    void theFinalAccountsDeadlineCountsFromItsOwnApproval() {
        long budget = publishedBudget("a", LocalDate.parse("2025-01-20"));
        clock.set("2026-07-05T02:00:00Z");
        long fa = workflow.startFinalAccounts(Actor.SYSTEM, budget).disclosure().id();
        Map<String, String> before = standings(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(before).containsEntry("部门a", "in-preparation").containsEntry("部门b", "missing");

        workflow.submit(Actor.SYSTEM, fa);
        workflow.approve(Actor.SYSTEM, fa, LocalDate.parse("2026-06-10")); // deadline 2026-06-30
        assertThat(standings(DisclosureKind.FINAL_ACCOUNTS)).containsEntry("部门a", "overdue");
        workflow.publish(Actor.SYSTEM, fa);

        Workflow.DeadlineRow row = workflow.deadlines(Actor.PUBLIC, "310000", 2025, DisclosureKind.FINAL_ACCOUNTS)
                .get(0);
        assertThat(row.approvedOn()).isEqualTo(LocalDate.parse("2026-06-10"));
        assertThat(row.deadline()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(row.standing()).isEqualTo("published-late");
        assertThat(row.daysLate()).isEqualTo(5L);
        // the budget of the same year keeps its own standing
        assertThat(standings(DisclosureKind.BUDGET)).containsEntry("部门a", "published").containsEntry("部门b", "missing");
        assertThat(workflow.deadlines(Actor.PUBLIC, "310000", 2025)).extracting(Workflow.DeadlineRow::standing)
                .containsExactly("published", "not-published"); // outsiders do not learn what is missing

        // the public finds both, each with its kind
        assertThat(workflow.search(Actor.PUBLIC, null, null, 2025)).extracting(Workflow.DisclosureView::kind)
                .containsExactlyInAnyOrder("budget", "final_accounts");
    }

    @Test
    void aFinalAccountsCreatedFromItsDocumentIsFiledAsTheYearsFinalAccounts() {
        String putuo = CODEC.write(Documents.read(Documents.FINAL), CanonicalFormat.JSON);
        Workflow.DisclosureView fa = workflow.create(Actor.SYSTEM, "310000/b", putuo).disclosure();
        assertThat(fa.kind()).isEqualTo("final_accounts");
        assertThatThrownBy(() -> workflow.create(Actor.SYSTEM, "310000/b", putuo))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("决算");
        // a budget and a 决算 of the same year, both created from their documents, live side by side
        Disclosure budget = Documents.read(Documents.CZJ_CORRECTED);
        String draft = CODEC.write(new FinalAccountsDraft(ProfileLibrary.standard()).draftFor(budget), CanonicalFormat.JSON);
        assertThat(workflow.create(Actor.SYSTEM, "310000/a", draft).disclosure().kind()).isEqualTo("final_accounts");
        assertThat(workflow.create(Actor.SYSTEM, "310000/a", CODEC.write(budget, CanonicalFormat.JSON)).disclosure()
                .kind()).isEqualTo("budget");
    }

    @Test
    void aFinalAccountsStoredBeforeVersionSixIsFiledAsFinalAccountsByTheMigration() throws Exception {
        Database old = Database.open("jdbc:h2:mem:final-v5-" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        Flyway.configure().dataSource(old.dataSource()).locations("classpath:db/migration").target("5").load().migrate();
        String putuo = CODEC.write(Documents.read(Documents.FINAL), CanonicalFormat.JSON);
        String seed = CODEC.write(Documents.read(Documents.SEED), CanonicalFormat.JSON);
        old.inTransaction(c -> {
            c.createStatement().execute("INSERT INTO regions (id, level, name, code) VALUES (1, 'province', '上海市', '310000')");
            c.createStatement().execute("INSERT INTO departments (id, region_id, code, name) VALUES (1, 1, 'a', '部门a')");
            c.createStatement().execute("INSERT INTO disclosures (id, department_id, fiscal_year) VALUES (1, 1, 2024)");
            c.createStatement().execute("INSERT INTO disclosures (id, department_id, fiscal_year) VALUES (2, 1, 2020)");
            for (Object[] v : new Object[][] {{1, putuo}, {2, seed}}) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO disclosure_versions (disclosure_id, version,"
                        + " status, canonical_json, sha256, created_at, created_by) VALUES (?, 1, 'draft', ?, ?,"
                        + " CURRENT_TIMESTAMP, 'test')")) {
                    s.setInt(1, (Integer) v[0]);
                    s.setString(2, (String) v[1]);
                    s.setString(3, org.gongkai.store.Digests.sha256((String) v[1]));
                    s.executeUpdate();
                }
            }
            return null;
        });
        old.migrate();
        Map<Integer, String> kinds = old.inTransaction(c -> {
            try (ResultSet r = c.createStatement().executeQuery("SELECT id, kind FROM disclosures")) {
                Map<Integer, String> out = new java.util.HashMap<>();
                while (r.next()) {
                    out.put(r.getInt(1), r.getString(2));
                }
                return out;
            }
        });
        assertThat(kinds).containsEntry(1, "final_accounts").containsEntry(2, "budget");
    }

    private Map<String, String> standings(DisclosureKind kind) {
        return workflow.deadlines(Actor.SYSTEM, "310000", 2025, kind).stream()
                .collect(Collectors.toMap(r -> r.department().name(), Workflow.DeadlineRow::standing));
    }
}
