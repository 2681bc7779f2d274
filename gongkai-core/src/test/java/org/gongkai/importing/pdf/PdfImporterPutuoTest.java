package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.TableKind;
import org.gongkai.testing.Examples;
import org.gongkai.validation.Category;
import org.gongkai.validation.RuleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/**
 * The Putuo 万里街道 2024 department budget PDF, imported and compared with its golden file
 * (putuo-wanli-2024.yaml, written by this importer and checked line by line against
 * {@code pdftotext -layout} of every table and of the statement).
 */
class PdfImporterPutuoTest {

    private static ImportResult result;
    private static Disclosure golden;

    @BeforeAll
    static void importThePdf() {
        result = new PdfImporter().read(PdfImporterCzjTest.resource("/shanghai/shanghai-putuo-wanli-2024-department-budget.pdf"));
        golden = new CanonicalCodec().read(Examples.resource("/shanghai/putuo-wanli-2024.yaml"),
                "putuo-wanli-2024.yaml", CanonicalFormat.YAML);
    }

    @Test
    void everyTableMatchesTheGoldenFile() {
        List<String> differences = TableDiff.between(golden.tables(), result.disclosure().tables());
        assertThat(differences).as(() -> String.join("\n", differences)).isEmpty();
        assertThat(result.disclosure().tables()).extracting(t -> t.number())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void theWholeImportMatchesTheGoldenFile() {
        assertThat(result.disclosure()).isEqualTo(golden);
    }

    @Test
    void aDistrictDepartmentIsACountyLevelDepartmentBudget() {
        Disclosure d = result.disclosure();
        assertThat(d.document().title()).isEqualTo("上海市普陀区2024年区级部门预算");
        assertThat(d.document().kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
        assertThat(d.document().fiscalYear()).isEqualTo(2024);
        assertThat(d.department().name()).isEqualTo("上海市普陀区人民政府万里街道办事处");
        assertThat(d.department().region().level()).isEqualTo(GovernmentLevel.COUNTY);
        assertThat(d.department().region().county()).isEqualTo("普陀区");
    }

    @Test
    void misprintedOneDigitCodesArePaddedAndReported() {
        var economic = result.disclosure().table(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE).orElseThrow();
        assertThat(economic.rows()).extracting(r -> r.code() + " " + r.name())
                .contains("30102 津贴补贴", "30107 绩效工资");
        assertThat(result.unplaced()).filteredOn(u -> u.reason().startsWith("code normalised"))
                .extracting(u -> u.where())
                .containsExactly("page 29, line 10", "page 29, line 11");
    }

    @Test
    void printedZerosAreZeroAndEmptyTablesKeepTheirNote() {
        var threePublic = result.disclosure().table(TableKind.THREE_PUBLIC).orElseThrow();
        assertThat(threePublic.rows().get(0).amount(Column.ABROAD)).contains(Amount.wan("0"));
        assertThat(threePublic.note()).isEqualTo("注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。");
        var fund = result.disclosure().table(TableKind.GOVERNMENT_FUND_EXPENDITURE).orElseThrow();
        assertThat(fund.rows()).isEmpty();
        assertThat(fund.note()).startsWith("注:本部门2024年无政府性基金预算");
    }

    @Test
    void theStatementIsImportedAndOnlyItsDefectIsReported() {
        Disclosure d = result.disclosure();
        assertThat(d.overview().expenditure().byFunction()).hasSize(33)
                .extracting(f -> f.code()).doesNotContainNull().startsWith("2010507");
        assertThat(d.threePublic().vehiclePurchase().reason()).isEqualTo("购置公务用车");
        assertThat(d.operatingCosts().total().amount()).isEqualTo(Amount.wan("443.18"));
        assertThat(d.projectNotes()).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("万里街道社区公共服务中心新建工程");
            assertThat(n.paragraphs()).extracting(p -> p.heading())
                    .containsExactly("项目概况", "立项依据", "实施主体", "实施方案", "实施周期", "年度预算安排", "绩效目标");
        });
        assertThat(result.unplaced()).filteredOn(u -> !u.reason().startsWith("code normalised"))
                .extracting(u -> u.where() + " " + u.reason())
                .containsExactly("page 9, line 18 amount stated twice, differently: 350.35万元 (kept) and 预算安排352.67万元");
    }

    @Test
    void noRequiredSectionIsMissing() {
        var findings = StandardRules.catalog(ProfileLibrary.standard()::orNull).check(result.disclosure());
        assertThat(findings).noneMatch(f -> f.rule().equals("required-sections-present"));
    }

    @Test
    void theTablesAddUp() {
        var findings = StandardRules.catalog(ProfileLibrary.standard()::orNull).check(result.disclosure());
        assertThat(findings).noneMatch(f -> f.category() == Category.ARITHMETIC);
    }
}
