package org.gongkai.validation.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * The statement's sentences on single 类, 款 and 项 against the tables that carry those lines, on the
 * corrected Shanghai budget (财事务 20106 is 127,886,849 元 = 12,788.68 万元 in three of its tables).
 */
class StatementHeadingsMatchTablesTest {

    private final StatementMatchesTables rule = new StatementMatchesTables();

    @Test
    void aKuanNamedByItsLevelsAndAgreeingIsSilent() {
        assertThat(headingFindings("/overview/expenditure/byFunction/0/code -",
                "/overview/expenditure/byFunction/0/name = 一般公共服务支出（类）财政事务（款）",
                "/overview/expenditure/byFunction/0/figure/amount = 12788.68")).isEmpty();
    }

    @Test
    void aXiangNamedWithDashesThatDisagreesIsAnError() {
        List<Finding> found = headingFindings("/overview/expenditure/byFunction/0/code -",
                "/overview/expenditure/byFunction/0/name = 一般公共服务支出-财政事务-行政运行",
                "/overview/expenditure/byFunction/0/figure/amount = 8468.17");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("8486.17").contains("8468.17");
        });
    }

    @Test
    void aHeadingNoTableCarriesIsAWarningNotASilentSkip() {
        List<Finding> found = headingFindings("/overview/expenditure/byFunction/0/code -",
                "/overview/expenditure/byFunction/0/name = 教育支出（类）普通教育（款）",
                "/overview/expenditure/byFunction/0/figure/amount = 10");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/overview/expenditure/byFunction/0/name");
        });
    }

    @Test
    void theCorrectedDocumentStaysSilent() {
        assertThat(headingFindings()).isEmpty();
    }

    private List<Finding> headingFindings(String... edits) {
        Disclosure d = Documents.read(Documents.edit(Documents.CZJ_CORRECTED, edits));
        return rule.check(d, CheckContext.of(null)).stream()
                .filter(f -> f.path().startsWith("/overview/expenditure/byFunction"))
                .toList();
    }
}
