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
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/**
 * The blank national 决算 template (财政部, 2024) imports as an empty 决算 of the publisher its cover prints,
 * placeholder and all, with its nine tables and no figure; what it cannot read (the XXX of its sentences) is
 * reported, and the rules say what is missing rather than that a figure is wrong.
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
    void reportsTheSentencesItCannotRead() {
        assertThat(result.unplaced()).isNotEmpty()
                .anySatisfy(u -> assertThat(u.text()).contains("XXX"));
    }

    @Test
    void theRulesSayWhatIsMissingAndFlagThePlaceholder() {
        List<Finding> findings = StandardRules.catalog(ProfileLibrary.standard()::orNull).check(result.disclosure());
        assertThat(findings).filteredOn(f -> f.rule().startsWith("final-"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings).extracting(Finding::rule).contains("required-sections-present", "no-placeholders");
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("XX"));
    }
}
