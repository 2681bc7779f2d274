package org.gongkai.validation.rules.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Region;
import org.gongkai.testing.Documents;
import org.gongkai.testing.PutuoFinanceFinalAccounts;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Rule;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/**
 * The catalogue on the real 决算 of the Putuo finance bureau (2024), as published: what it finds is what a
 * careful reader of the PDF finds, and nothing else.
 */
class PutuoFinalAccountsFindingsTest {

    private static final ProfileLibrary PROFILES = ProfileLibrary.standard();
    private static final RuleCatalog CATALOG = StandardRules.catalog(PROFILES::orNull);

    private static List<Finding> findings() {
        return CATALOG.check(PutuoFinanceFinalAccounts.published());
    }

    @Test
    void reportsTheDefectsOfThePublishedStatement() {
        assertThat(findings()).filteredOn(f -> f.severity() != Severity.INFO && f.rule().matches(".*(final|outturn|share|completion|three-public-above|self-evaluation|asset-position|basic-items|flat-change|basic-or-project).*"))
                .extracting(Finding::rule, Finding::path)
                .containsExactlyInAnyOrder(
                        // 四、财政拨款收入支出总计“0.3万元”: the table's 总计 is 2,961.68万元
                        tuple("final-statement-matches-tables", "/finalAccounts/fiscalGrantTotal/amount"),
                        // 一般公共服务支出（类）2106.66万元“占71.73%”: it is 71.65% of 2,940.05万元
                        tuple("shares-agree-with-amounts", "/finalAccounts/shares/5/percent"),
                        // 因公出国（境）费 and 公务用车: “完成预算的0%” of items the 三公 table gives no budget
                        tuple("completion-rate-agrees-with-figures", "/finalAccounts/threePublic/abroad/completionRate"),
                        tuple("completion-rate-agrees-with-figures", "/finalAccounts/threePublic/vehicles/completionRate"),
                        // 六、人员经费“主要包括：……个人农业生产补贴”, a line the 基本支出决算表 leaves blank
                        tuple("basic-items-named-have-figures", "/finalAccounts/personnelItems/9"),
                        // 四、财政拨款收入支出总计“持平”, its reason “…等原因减少支付”
                        tuple("flat-change-is-not-explained-as-a-movement", "/finalAccounts/fiscalGrantTotal/reason"),
                        // 五、（三）2 一般行政管理事务（项）“主要用于：……等基本支出”, its 10.00 in 表5 all 项目支出
                        tuple("stated-basic-or-project-agrees-with-tables", "/finalAccounts/outturns/1/purpose"));
    }

    @Test
    void reportsTheRoundingOfTheTablesInWanYuanAsHintsNotErrors() {
        assertThat(findings()).filteredOn(f -> f.rule().equals("final-table-totals-add-up") || f.rule().equals("final-tables-agree-with-each-other"))
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.difference().abs().value()).isLessThanOrEqualTo(new java.math.BigDecimal("0.02"));
                    assertThat(f.message()).contains("尾差");
                })
                .extracting(Finding::path)
                .containsExactlyInAnyOrder(
                        "/tables/1/total/amounts/total", "/tables/1/total/amounts/fiscal_grant",
                        "/tables/2/total/amounts/total", "/tables/2/total/amounts/basic",
                        "/tables/4/total/amounts/total", "/tables/4/total/amounts/basic",
                        "/tables/5/rows/0/amounts/outturn", "/tables/5/rows/12/amounts/outturn",
                        // 社会保障和就业支出: 326.71 in the two summaries, 326.72 in the detailed tables
                        "/tables/2/rows/6/amounts/total", "/tables/4/rows/6/amounts/total");
    }

    @Test
    void hintsAtTheReasonsTheStatementRepeats() {
        // 一、四 and 五（一） give one reason word for word (in 四 for a total said to be 持平); four lines of 五（三）
        // share “预算按周全保障测算，实际执行基本贴合预期”
        assertThat(findings()).filteredOn(f -> f.rule().equals("no-duplicated-sentences"))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.path()).startsWith("/finalAccounts/").endsWith("/reason");
                });
    }

    @Test
    void theRestOfTheCatalogueFindsOnlyTheProcurementSplitAndTheMissingApprovalDate() {
        assertThat(findings()).filteredOn(f -> !f.rule().equals("no-duplicated-sentences"))
                .filteredOn(f -> !f.rule().matches(".*(final|outturn|share|completion|three-public-above|self-evaluation|asset-position|basic-items|flat-change|basic-or-project).*"))
                .extracting(Finding::rule, Finding::severity)
                .containsExactlyInAnyOrder(
                        // 政府采购251.25万元, but 货物4.79 + 工程0 + 服务246.47 = 251.26万元: within the rounding of four figures
                        tuple("procurement-split-adds-up", Severity.INFO),
                        tuple("published-within-twenty-days-of-approval", Severity.INFO));
    }

    @Test
    void theMendedCopyIsSilent() {
        Disclosure mended = Documents.read(Documents.FINAL_CORRECTED);
        assertThat(CATALOG.check(mended)).filteredOn(f -> f.severity() != Severity.INFO || f.rule().startsWith("final"))
                .isEmpty();
    }

    @Test
    void aFinalAccountsWithoutTablesOrStatementCannotBeCheckedAndSaysSo() {
        Disclosure bare = new Disclosure(
                new DocumentInfo("某局2024年度部门决算", DocumentKind.DEPARTMENT_FINAL_ACCOUNTS, 2024, "national-final-accounts-2024",
                        MoneyUnit.WAN_YUAN, null, null, null, null, null),
                new Department("某局", null, new Region(GovernmentLevel.COUNTY, "上海市", null, "普陀区", null, null)),
                null, List.of(), null, null, null, null, null, null, null, List.of(), null, List.of(), List.of());
        CheckContext context = CheckContext.of(PROFILES.orNull("national-final-accounts-2024"));
        for (Rule rule : finalRules()) {
            assertThat(rule.check(bare, context)).as(rule.id()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "required-tables-present | /tables/8 - | /tables",
            "required-sections-present | /finalAccounts/stateCapital - | /finalAccounts/stateCapital",
            "required-sections-present | /performance - | /performance",
            "empty-table-carries-its-note | /tables/7/note = 注：本部门无国有资本经营预算财政拨款支出，故本表无数据。 | /tables/7/note"})
    void theCompletenessRulesOfTheCatalogueReadTheFinalAccountsProfile(String rule, String edit, String path) {
        Disclosure d = Documents.read(Documents.edit(Documents.FINAL_CORRECTED, edit));
        assertThat(CATALOG.check(Documents.read(Documents.FINAL_CORRECTED))).extracting(Finding::rule).doesNotContain(rule);
        assertThat(CATALOG.check(d)).filteredOn(f -> f.rule().equals(rule)).extracting(Finding::path).contains(path);
    }

    @Test
    void theBlankTemplatesEmptyTablesAreUncheckedNotWrong() {
        var profile = PROFILES.orNull("national-final-accounts-2024");
        List<org.gongkai.model.BudgetTable> empty = profile.tables().stream()
                .map(t -> new org.gongkai.model.BudgetTable(t.kind(), t.number(), t.title(), MoneyUnit.WAN_YUAN, List.of(),
                        List.of(), null, List.of(), null, "注：本表反映部门本年度" + t.title() + "情况。"))
                .toList();
        Disclosure template = new Disclosure(
                new DocumentInfo("上海市XX局2024年度部门决算", DocumentKind.DEPARTMENT_FINAL_ACCOUNTS, 2024, profile.id(),
                        MoneyUnit.WAN_YUAN, null, null, null, null, null),
                new Department("上海市XX局", null, new Region(GovernmentLevel.COUNTY, "上海市", null, null, null, null)),
                null, List.of(), null, null, null, null, null, null, null, List.of(), null, empty, List.of());
        CheckContext context = CheckContext.of(profile);
        for (Rule rule : finalRules()) {
            assertThat(rule.check(template, context)).as(rule.id())
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "本年支出 as {0}, 年末 {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "current_expenditure, 2.00, ''",
            "total, 2.00, ''",
            "current_expenditure, 3.00, final-fund-balances-carry-over",
            "total, 3.00, final-fund-balances-carry-over"})
    void aGovernmentFundTableBalancesWhicheverColumnHoldsItsExpenditure(String spent, String closing, String fires) {
        String line = "{opening_balance: 1.00, current_income: 10.00, " + spent + ": 9.00, basic: 4.00, project: 5.00, closing_balance: " + closing + "}";
        String yaml = Documents.edit(Documents.FINAL_CORRECTED,
                "/tables/7/columns = [opening_balance, current_income, " + spent + ", basic, project, closing_balance]",
                "/tables/7/rows = [{code: '212', name: 城乡社区支出, amounts: " + line + "}]",
                "/tables/7/total = {name: 合计, amounts: " + line + "}",
                "/tables/7/note -");
        List<String> fired = CATALOG.check(Documents.read(yaml)).stream()
                .filter(f -> f.severity() != Severity.INFO && f.path().startsWith("/tables/7/"))
                .filter(f -> !f.rule().equals("final-tables-agree-with-each-other")) // the 财政拨款 summary was left as it was
                .map(Finding::rule).distinct().toList();
        assertThat(fired).isEqualTo(fires.isEmpty() ? List.of() : List.of(fires));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "年末财政拨款结转和结余 {0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "21.63, ''",
            "12.63, /tables/3/total/amounts/closing_balance"})
    void theFiscalGrantSummaryBalancesAllFundsWithTheClosingLineOnTheExpenditureSide(String closing, String fires) {
        String yaml = Documents.edit(Documents.FINAL_CORRECTED, "/tables/3/total/amounts/closing_balance = " + closing);
        List<String> fired = CATALOG.check(Documents.read(yaml)).stream()
                .filter(f -> f.rule().equals("final-fund-balances-carry-over") && f.severity() != Severity.INFO)
                .map(Finding::path).distinct().toList();
        assertThat(fired).isEqualTo(fires.isEmpty() ? List.of() : List.of(fires));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "主要用于：{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "局财政业务指导与宣传等基本支出, true",
            "局财政业务指导与宣传等项目支出, false",
            "局财政业务指导与宣传的基本支出和项目支出, false",
            "局财政业务指导与宣传等支出, false"})
    void aLineSaidToBeBasicIsReportedWhenTheTablesCarryItAsProjectOnly(String purpose, boolean fires) {
        String yaml = Documents.edit(Documents.FINAL_CORRECTED, "/finalAccounts/outturns/1/purpose = " + purpose);
        List<String> fired = CATALOG.check(Documents.read(yaml)).stream()
                .filter(f -> f.rule().equals("stated-basic-or-project-agrees-with-tables"))
                .map(Finding::path).toList();
        assertThat(fired).isEqualTo(fires ? List.of("/finalAccounts/outturns/1/purpose") : List.of());
    }

    @Test
    void aLineWithBothBasicAndProjectIsNotReportedForEither() {
        // 行政运行（项）: 基本支出1,503.52 and 项目支出8.37, said to be 基本支出 or, wrongly but not provably, 项目支出
        for (String purpose : List.of("局本部人员经费及公用经费等的基本支出", "局本部人员经费及公用经费等的项目支出")) {
            String yaml = Documents.edit(Documents.FINAL_CORRECTED, "/finalAccounts/outturns/0/purpose = " + purpose);
            assertThat(CATALOG.check(Documents.read(yaml))).as(purpose)
                    .noneMatch(f -> f.rule().equals("stated-basic-or-project-agrees-with-tables"));
        }
    }

    @Test
    void aBudgetIsNotTheirBusiness() {
        Disclosure budget = Documents.read(Documents.CZJ_CORRECTED);
        CheckContext context = CheckContext.of(PROFILES.orNull(budget.document().profile()));
        for (Rule rule : finalRules()) {
            assertThat(rule.check(budget, context)).as(rule.id()).isEmpty();
        }
    }

    private static List<Rule> finalRules() {
        List<Rule> rules = StandardRules.rules().stream()
                .filter(r -> r.getClass().getPackageName().endsWith(".finalaccounts")).toList();
        assertThat(rules).hasSize(20);
        return rules;
    }
}
