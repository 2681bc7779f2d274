package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.TableKind;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/**
 * The blank national 决算 template (财政部, 2024) imports as an empty 决算 of the publisher its cover prints,
 * placeholder and all, with its nine tables and no figure; its sections are there, their sentences kept as
 * text with the figures left blank (XXX万元), and the rules report those missing figures, not missing
 * sections, nor that a figure is wrong.
 */
class FinalAccountsTemplateImportTest {

    private static ImportResult result;

    @BeforeAll
    static void importTheTemplate() {
        result = new PdfImporter().read(PdfImporterCzjTest.resource(
                "/corpus/shanghai/national-department-final-accounts-template-2024.pdf"));
    }

    @Test
    void isAnEmptyDepartmentFinalAccountsOfThePlaceholderPublisher() {
        Disclosure d = result.disclosure();
        assertThat(d.document().kind()).isEqualTo(DocumentKind.DEPARTMENT_FINAL_ACCOUNTS);
        assertThat(d.document().fiscalYear()).isEqualTo(2024);
        assertThat(d.document().profile()).isEqualTo("national-final-accounts-2024");
        assertThat(d.department().name()).isEqualTo("上海市XX局");
        assertThat(d.department().region().province()).isEqualTo("上海市");
    }

    @Test
    void hasItsNineTablesWithoutAFigure() {
        List<BudgetTable> tables = result.disclosure().tables();
        assertThat(tables).extracting(BudgetTable::kind).containsExactly(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY,
                TableKind.FINAL_INCOME, TableKind.FINAL_EXPENDITURE, TableKind.FINAL_FISCAL_GRANT_SUMMARY,
                TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE,
                TableKind.FINAL_THREE_PUBLIC, TableKind.FINAL_GOVERNMENT_FUND, TableKind.FINAL_STATE_CAPITAL);
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.rows()).allSatisfy(r -> assertThat(r.amounts()).isEmpty());
            assertThat(t.incomeRows()).allSatisfy(r -> assertThat(r.amounts()).isEmpty());
        });
        // the economic classes of 基本支出 are printed, each a line of its own
        assertThat(result.disclosure().table(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE).orElseThrow().rows())
                .extracting(r -> r.code()).contains("301", "30101", "302", "30207", "310", "31099");
    }

    @Test
    void reportsThePartsWhoseFiguresItCannotReadAndLosesNoSentence() {
        assertThat(result.unplaced()).isNotEmpty()
                .anySatisfy(u -> assertThat(u.text()).contains("国有资产占有使用情况说明"))
                .noneSatisfy(u -> assertThat(u.text()).contains("XXX"));
    }

    @Test
    void keepsTheSectionsWhoseFiguresAreLeftBlankAsText() {
        Disclosure d = result.disclosure();
        assertThat(d.overview().income().note()).contains("本年收入合计 XXX 万元");
        assertThat(d.overview().income().total().amount()).isNull();
        assertThat(d.overview().expenditure().note()).contains("本年支出合计 XXX 万元", "一般公共预算财政拨款基本支出 XXX 万元");
        assertThat(d.overview().expenditure().basic().amount()).isNull();
        assertThat(d.finalAccounts().fiscalGrantTotal().amount()).isNull();
        // a sentence left blank states no movement: its 持平 is the template's instruction
        assertThat(d.finalAccounts().fiscalGrantTotal().change()).isNull();
        assertThat(d.assets().statement()).contains("截至 2024 年 12 月 31 日");
    }

    @Test
    void theRulesReportTheMissingFiguresNotMissingSectionsAndFlagThePlaceholder() {
        List<Finding> findings = StandardRules.catalog(ProfileLibrary.standard()::orNull).check(result.disclosure());
        assertThat(findings).filteredOn(f -> f.rule().startsWith("final-") && !f.rule().equals("final-stated-figures-are-filled-in"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings).extracting(Finding::rule).doesNotContain("required-sections-present").contains("no-placeholders");
        assertThat(findings).filteredOn(f -> f.rule().equals("final-stated-figures-are-filled-in"))
                .extracting(Finding::path)
                .contains("/finalAccounts/grandTotal/amount", "/finalAccounts/fiscalGrantTotal/amount",
                        "/finalAccounts/generalBudgetExpenditure/amount", "/overview/income/total/amount",
                        "/overview/expenditure/total/amount", "/overview/expenditure/basic/amount")
                .doesNotHaveDuplicates();
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("XX"));
    }
}
