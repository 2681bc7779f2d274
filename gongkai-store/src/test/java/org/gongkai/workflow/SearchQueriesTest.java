package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
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
        assertThat(found).hasSize(expected);
        assertThat(found).allSatisfy(d -> assertThat(d.title()).isEqualTo("临西县部门预算"));
        return statements;
    }

    @ParameterizedTest(name = "asked by {0}, text {1}")
    @CsvSource(nullValues = "none", value = {
        "public, none", "public, 临西县", "administrator, none", "city reviewer, 临西县", "preparer, 临西县"})
    void searchingTenAndAThousandDepartmentsTakesTheSameStatements(String who, String text) throws SQLException {
        Actor actor = switch (who) {
            case "public" -> Actor.PUBLIC;
            case "administrator" -> Actor.SYSTEM;
            case "city reviewer" -> new Actor(9L, "li", Role.REVIEWER, 2L, Set.of());
            default -> new Actor(8L, "zhang", Role.PREPARER, null, Set.of(2L, 4L));
        };
        // every other department has a budget; a third of those are published
        boolean all = who.equals("administrator") || who.equals("city reviewer");
        int ten = statements(region(10), actor, text, all ? 5 : expectedPublished(10, who));
        int thousand = statements(region(1_000), actor, text, all ? 500 : expectedPublished(1_000, who));
        System.out.printf("search, asked by %s for %s: %d statements for 10 departments, %d for 1,000%n", who, text,
                ten, thousand);
        assertThat(thousand).isEqualTo(ten).isLessThanOrEqualTo(4);
    }

    /** Disclosures d of departments 2, 4, ... (d = department / 2), published where d mod 3 = 2; a preparer sees theirs too. */
    private static int expectedPublished(int departments, String who) {
        int count = 0;
        for (int d = 1; d <= departments / 2; d++) {
            boolean own = who.equals("preparer") && (2L * d == 2 || 2L * d == 4);
            if (d % 3 == 2 || own) {
                count++;
            }
        }
        return count;
    }
}
