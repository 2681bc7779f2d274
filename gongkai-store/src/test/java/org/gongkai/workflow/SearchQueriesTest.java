package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.gongkai.lifecycle.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search asks the database a fixed number of statements, however many departments its answer has:
 * the listing with the departments joined in, and where the departments sit in one recursive query.
 * Measured on the county of {@link DeadlineQueriesTest} with 10 and 1,000 departments.
 */
class SearchQueriesTest {

    private static DeadlineQueriesTest.Region region(int departments) throws SQLException {
        return DeadlineQueriesTest.region(departments);
    }

    private static int statements(DeadlineQueriesTest.Region region, Actor actor, String text, int expected) {
        region.counter().reset();
        List<Workflow.DisclosureView> found = region.workflow().search(actor, text, "130535", 2025);
        int statements = region.counter().statements();
        assertThat(expected).isPositive();
        assertThat(found).hasSize(expected);
        assertThat(found).allSatisfy(d -> assertThat(d.title()).isEqualTo("临西县部门预算"));
        return statements;
    }

    @ParameterizedTest(name = "asked by {0}, text {1}")
    @CsvSource(nullValues = "none", value = {
        "public, none", "public, 临西县", "administrator, none", "city reviewer, 临西县", "preparer, 临西县"})
    void searchingTenAndAThousandDepartmentsTakesTheSameStatements(String who, String text) throws SQLException {
        DeadlineQueriesTest.Region small = region(10);
        DeadlineQueriesTest.Region large = region(1_000);
        int ten = statements(small, small.actor(who), text, expected(small, who));
        int thousand = statements(large, large.actor(who), text, expected(large, who));
        System.out.printf("search, asked by %s for %s: %d statements for 10 departments, %d for 1,000%n", who, text,
                ten, thousand);
        assertThat(thousand).isEqualTo(ten).isLessThanOrEqualTo(4);
    }

    /**
     * What the asker finds, counted in the data: every disclosure for those who see the county's
     * drafts, else the published ones and, for a preparer, their own departments' too.
     */
    private static int expected(DeadlineQueriesTest.Region region, String who) {
        String published = "EXISTS (SELECT 1 FROM disclosure_versions v WHERE v.disclosure_id = d.id"
                + " AND v.status = 'published')";
        String condition = switch (who) {
            case "administrator", "city reviewer" -> "TRUE";
            case "preparer" -> published + " OR d.department_id IN (SELECT id FROM departments WHERE code IN ('0001', '0003'))";
            default -> published;
        };
        return (int) region.number("SELECT COUNT(*) FROM disclosures d WHERE " + condition);
    }
}
