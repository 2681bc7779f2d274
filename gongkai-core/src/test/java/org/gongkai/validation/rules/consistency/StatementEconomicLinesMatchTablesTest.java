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
 * The statement's sentences on single economic lines of 基本支出 against the basic expenditure table, on
 * the corrected Shanghai budget (its 一般公共预算基本支出 table: 301 工资福利支出 98,950,260 元, 30101 基本工资
 * 13,150,000 元 = 1,315 万元, 维修(护)费 600,000 元 = 60 万元).
 */
class StatementEconomicLinesMatchTablesTest {

    private final StatementMatchesTables rule = new StatementMatchesTables();

    @Test
    void linesThatAgreeWithTheTableAreSilentByCodeOrByName() {
        assertThat(economicFindings("[{code: '301', name: 工资福利支出, figure: {amount: 9895.03}},"
                + " {name: 基本工资, figure: {amount: 1315}}, {name: 维修（护）费, figure: {amount: 60}}]")).isEmpty();
    }

    @Test
    void aLineThatDisagreesIsAnErrorNamingTheTable() {
        List<Finding> found = economicFindings("[{code: '30101', name: 基本工资, figure: {amount: 1351}}]");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("/overview/expenditure/byEconomicClass/0/figure/amount");
            assertThat(f.message()).contains("1351").contains("1315").contains("基本支出");
        });
    }

    @Test
    void aLineNoTableCarriesIsAWarningNotASilentSkip() {
        List<Finding> found = economicFindings("[{name: 取暖费, figure: {amount: 20}}]");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/overview/expenditure/byEconomicClass/0/name");
        });
    }

    @Test
    void withoutABasicExpenditureTableNothingIsCompared() {
        Disclosure d = Documents.read(Documents.edit(Documents.CZJ_CORRECTED,
                "/overview/expenditure/byEconomicClass = [{name: 差旅费, figure: {amount: 20}}]",
                "/tables/7 -"));
        assertThat(d.tables()).noneMatch(t -> t.kind().name().contains("BASIC"));
        assertThat(rule.check(d, CheckContext.of(null))).noneMatch(f -> f.path().contains("byEconomicClass"));
    }

    private List<Finding> economicFindings(String lines) {
        Disclosure d = Documents.read(Documents.edit(Documents.CZJ_CORRECTED, "/overview/expenditure/byEconomicClass = " + lines));
        return rule.check(d, CheckContext.of(null)).stream()
                .filter(f -> f.path().startsWith("/overview/expenditure/byEconomicClass"))
                .toList();
    }
}
