package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.gongkai.validation.rules.StandardRules;

/**
 * Every rule of the catalogue fires on a document edited to break it, at the place it should point
 * to, and stays silent on a sound document where it has something to check.
 */
class RuleExamplesTest {

    private static final ProfileLibrary PROFILES = ProfileLibrary.standard();
    private static final Map<String, Rule> RULES = StandardRules.rules().stream()
            .collect(Collectors.toMap(Rule::id, Function.identity()));

    /** One example per rule: the base, the edits that break it, the path it must point at, edits that keep it sound. */
    record Example(String rule, String base, List<String> breaking, String path, List<String> sound) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static final String SEED = "seed";
    private static final String CZJ = "czj";
    private static final String FINAL = "final";

    static List<Example> examples() {
        return List.of(
                ex("income-total-is-sum-of-sources", SEED, List.of("/overview/income/sources/0/figure/amount = 700"), "/overview/income/total/amount"),
                ex("expenditure-is-basic-plus-project", SEED, List.of("/overview/expenditure/project/amount = 600"), "/overview/expenditure/total/amount"),
                ex("basic-expenditure-is-personnel-plus-public", SEED, List.of("/overview/expenditure/publicCosts/amount = 9"), "/overview/expenditure/basic/amount"),
                ex("operating-costs-are-sum-of-items", SEED, List.of("/operatingCosts/items/7/amount = 5"), "/operatingCosts/total/amount"),
                ex("three-public-total-is-sum-of-items", SEED, List.of("/threePublic/reception/amount = 0.2"), "/threePublic/total/amount"),
                ex("table-total-is-sum-of-lines", CZJ, List.of("/tables/2/total/amounts/total = 171915168"), "/tables/2/total/amounts/total"),
                ex("classification-hierarchy-adds-up", CZJ, List.of("/tables/7/rows/29/amounts/total = 1193200"), "/tables/7/rows/11/amounts/total"),
                ex("table-line-identities-hold", CZJ, List.of("/tables/2/rows/0/amounts/project = 43025131"), "/tables/2/rows/0/amounts/total"),
                ex("summary-table-balances", CZJ, List.of("/tables/0/incomeTotal/amounts/amount = 171915170"), "/tables/0/total/amounts/total"),
                ex("asset-total-is-sum-of-categories", SEED, List.of("/assets/table/holdings/5/value = 3"), "/assets/table/holdings/0/value"),
                ex("procurement-split-adds-up", CZJ, List.of("/procurement/services = 1600"), "/procurement/total/amount"),
                ex("statement-matches-tables", CZJ, List.of("/overview/expenditure/total/amount = 1719.2"), "/overview/expenditure/total/amount"),
                ex("tables-agree-with-each-other", CZJ, List.of("/tables/1/total/amounts/total = 171915196"), "/tables/1/total/amounts/total"),
                ex("operating-costs-match-public-costs", SEED, List.of("/overview/expenditure/publicCosts/amount = 9.06"), "/operatingCosts/total/amount"),
                ex("three-public-covers-basic-spending", SEED, List.of("/threePublic/reception/amount = 0.05"), "/operatingCosts/items/5/amount"),
                ex("vehicle-costs-match-vehicles-held", CZJ, List.of("/assets/table/holdings/0/quantity = 0"), "/threePublic/vehicleRunning/amount"),
                new Example("planned-purchases-appear-in-procurement", SEED, List.of(), "/assets/plannedPurchases",
                        List.of("/procurement/total = {amount: 2.17}")),
                ex("project-targets-within-project-expenditure", CZJ, List.of("/performance/summary/amount = 5000"), "/performance/summary/amount"),
                new Example("prior-plus-change-is-this-year", SEED, List.of("/threePublic/reception/prior = 0.1"), "/threePublic/reception/change",
                        List.of("/threePublic/reception/prior = 0.16")),
                ex("parts-of-a-change-add-up", SEED, List.of("/overview/expenditure/project/change/amount = 180"), "/overview/expenditure/total/change"),
                ex("change-has-a-reason", SEED, List.of("/threePublic/total/reason -"), "/threePublic/total/reason"),
                ex("three-public-states-changes", SEED, List.of("/threePublic/reception/change -"), "/threePublic/reception"),
                ex("indicator-levels-follow-the-framework", SEED, List.of("/performance/projects/0/indicators/0/level2 = 社会效益指标"), "/performance/projects/0/indicators/0/level2"),
                ex("project-has-required-categories", SEED, List.of("/performance/projects/2/indicators/5 -"), "/performance/projects/2/indicators"),
                ex("count-indicator-has-a-count-unit", SEED, List.of("/performance/projects/0/indicators/3/value = ≥90%"), "/performance/projects/0/indicators/3/value"),
                ex("rate-indicator-is-a-percentage", SEED, List.of("/performance/projects/0/indicators/2/value = ≥3个"), "/performance/projects/0/indicators/2/value"),
                ex("cost-indicator-is-a-ceiling", SEED, List.of("/performance/projects/6/indicators/1/value = ≥240万元"), "/performance/projects/6/indicators/1/value"),
                ex("satisfaction-is-a-percentage-under-satisfaction", SEED, List.of("/performance/projects/3/indicators/6/value = ≥135人"), "/performance/projects/3/indicators/6/value"),
                new Example("quality-indicator-is-a-rate", SEED, List.of(), "/performance/projects/3/indicators/3/level2",
                        List.of("/performance/projects/2/indicators/2/value = ≥95%", "/performance/projects/3/indicators/3/value = ≥95%",
                                "/performance/projects/4/indicators/3/value = ≥95%")),
                ex("indicator-has-value-and-basis", SEED, List.of("/performance/projects/0/indicators/0/basis -"), "/performance/projects/0/indicators/0/basis"),
                ex("percentage-is-at-most-a-hundred", SEED, List.of("/performance/projects/0/indicators/5/value = ≥120%"), "/performance/projects/0/indicators/5/value"),
                ex("goal-numbers-appear-in-indicators", SEED, List.of("/performance/projects/2/goal ~ 2000 => 5000"), "/performance/projects/2/goal"),
                ex("required-sections-present", SEED, List.of("/glossary -"), "/glossary"),
                new Example("required-tables-present", SEED, List.of(), "/tables", null),
                ex("empty-table-carries-its-note", CZJ, List.of("/tables/6/note -"), "/tables/6/note"),
                ex("no-wording-from-another-level", SEED, List.of("/glossary/0/definition = 指省级财政当年拨付的资金。"), "/glossary/0/definition"),
                ex("no-placeholders", SEED, List.of("/otherMatters = XX单位无其他需要说明的事项。"), "/otherMatters"),
                ex("no-doubled-words", SEED, List.of("/overview/income/note = 反映本部门当年全部收入收入。"), "/overview/income/note"),
                ex("years-in-titles-are-the-fiscal-year", SEED, List.of("/document/title ~ 2020 => 2019"), "/document/title"),
                ex("no-obsolete-classification-names", CZJ, List.of("/tables/2/rows/14/name = 医疗卫生与计划生育支出"), "/tables/2/rows/14/name"),
                ex("known-misspellings", SEED, List.of("/assets/statement ~ 上年末 => 上末"), "/assets/statement"),
                new Example("economic-items-are-classification-names", SEED,
                        List.of("/otherMatters = 人员经费主要包括：基本工资、津贴补贴、资金、绩效工资、住房公积金等。"), "/otherMatters",
                        List.of("/otherMatters = 人员经费主要包括：基本工资、津贴补贴、奖金、绩效工资、公务交通补贴等。")),
                new Example("no-duplicated-sentences", SEED, List.of(), "/performance/measures/4",
                        List.of("/performance/measures/4 = 加强产学研结合。", "/performance/dutyGoals/2/indicators = 组织小规模培训2次以上。")),
                ex("chinese-text-uses-full-width-punctuation", SEED, List.of("/otherMatters = 我单位无其他需要说明的事项,特此说明。"), "/otherMatters"),
                new Example("stated-percentages-follow-from-figures", SEED,
                        List.of("/otherMatters = 机关运行经费1115.85万元，与上年相比减少2233.13万元，下降66.69%。"), "/otherMatters",
                        List.of("/otherMatters = 机关运行经费1115.85万元，与上年相比减少2233.13万元，下降66.68%。本年支出预算合计10150.48万元，其中：基本支出5678.17万元，占55.94%；项目支出3314.68万元，占32.66%。")),
                new Example("same-figure-stated-alike", SEED,
                        List.of("/otherMatters = “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元。"),
                        "/otherMatters",
                        List.of("/otherMatters = “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排350.35万元。")),
                new Example("stated-change-is-possible", SEED,
                        List.of("/otherMatters = 2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，比2023年预算执行数增加100.00%。"), "/otherMatters",
                        List.of("/otherMatters = 2023年当年预算执行数为15.00万元，2024年预算安排30.00万元，比2023年预算执行数增加100.00%。")),
                ex("income-and-expenditure-change-alike", CZJ, List.of("/overview/expenditure/fiscalGrant/change/amount = 909"), "/overview/expenditure/fiscalGrant/change"),
                ex("reason-belongs-to-its-item", CZJ, List.of("/overview/expenditure/byFunction/1/purpose = 一般公共服务支出。"), "/overview/expenditure/byFunction/1/purpose"),
                new Example("comparison-year-is-the-prior-year", SEED,
                        List.of("/otherMatters = 财政拨款收入756.96万元，比2018年预算增加196.98万元。"), "/otherMatters",
                        List.of("/otherMatters = 财政拨款收入756.96万元，比2019年预算增加196.98万元。截止2019年12月31日，共有车辆0辆。")),
                new Example("no-unfinished-sentences", SEED,
                        List.of("/otherMatters = 政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。"), "/otherMatters",
                        List.of("/otherMatters = 政府性基金收入预算0万元，与上年数一致，本部门无此项收入。")),
                new Example("no-doubled-punctuation", SEED,
                        List.of("/otherMatters = 退休人员工资由社保部门统一发放，减少了该项支出。。"), "/otherMatters",
                        List.of("/otherMatters = 退休人员工资由社保部门统一发放，减少了该项支出……")),
                new Example("list-items-are-not-repeated", SEED,
                        List.of("/otherMatters = 人员经费主要包括：基本工资、津贴补贴、奖金、社会保障缴费、离休费、退休费、医疗费、奖金、住房公积金。"), "/otherMatters",
                        List.of("/otherMatters = 人员经费主要包括：基本工资、津贴补贴、奖金、社会保障缴费、离休费、退休费、医疗费、奖励金、住房公积金。")),
                new Example("level-labels-match-the-tables", CZJ,
                        List.of("/otherMatters = 行政事业单位养老支出（类）机关事业单位基本养老保险缴费支出（项）246.73万元。"), "/otherMatters",
                        List.of("/otherMatters = 社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）246.73万元。")),
                new Example("asset-position-has-a-date", SEED,
                        List.of("/otherMatters = 本部门共有车辆54辆，其中，一般公务用车54辆。"), "/otherMatters",
                        List.of("/otherMatters = 截至2019年12月31日，本部门共有车辆54辆，其中，一般公务用车54辆。")),
                new Example("complementary-parts-add-up", SEED,
                        List.of("/otherMatters = 本工程规划建筑面积约为13459平方米，其中地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米。"),
                        "/otherMatters",
                        List.of("/otherMatters = 本工程规划建筑面积约为13459平方米，其中地上建筑面积为8103平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米。基本支出500万元，其中人员经费300万元，公用经费100万元。")),
                ex("budget-names-its-own-kind", CZJ, List.of("/assets/statement ~ 2025年单位预算安排 => 2025年部门预算安排"), "/assets/statement"),
                ex("vehicle-subtotal-names-both-parts", SEED, List.of("/threePublic/vehiclesLabel = 公务用车运行维护费"), "/threePublic/vehiclesLabel"),
                ex("published-within-twenty-days-of-approval", SEED, List.of("/document/publishedOn = 2020-03-01"), "/document/publishedOn"),
                // final accounts (决算), on the Putuo finance bureau's 决算 of 2024 with its defects mended
                ex("final-summary-table-balances", FINAL, List.of("/tables/0/incomeTotal/amounts/grand_total = 2985.39"), "/tables/0/incomeTotal/amounts/grand_total"),
                ex("final-fund-balances-carry-over", FINAL, List.of("/tables/3/incomeRows/0/amounts/closing_balance = 12.63"), "/tables/3/incomeRows/0/amounts/closing_balance"),
                ex("final-income-is-sum-of-sources", FINAL, List.of("/tables/1/rows/0/amounts/other_income = 6.02"), "/tables/1/rows/0/amounts/total"),
                ex("final-expenditure-is-basic-plus-project", FINAL, List.of("/tables/2/rows/2/amounts/project = 18.37"), "/tables/2/rows/2/amounts/total"),
                ex("final-table-totals-add-up", FINAL, List.of("/tables/4/rows/7/amounts/total = 336.71"), "/tables/4/rows/6/amounts/total"),
                ex("final-basic-is-personnel-plus-public", FINAL, List.of("/tables/5/total/amounts/public = 194.65"), "/tables/5/total/amounts/personnel"),
                ex("basic-items-named-have-figures", FINAL, List.of("/finalAccounts/publicItems/0 = 会议费"), "/finalAccounts/publicItems/0"),
                ex("final-three-public-items-add-up", FINAL, List.of("/tables/6/rows/0/amounts/reception = 1.95"), "/tables/6/rows/0/amounts/total"),
                ex("self-evaluation-counts-add-up", FINAL, List.of("/finalAccounts/evaluation/excellent = 3"), "/finalAccounts/evaluation/evaluatedProjects"),
                ex("final-tables-agree-with-each-other", FINAL, List.of("/tables/2/total/amounts/total = 2950.05"), "/tables/2/total/amounts/total"),
                ex("final-statement-matches-tables", FINAL, List.of("/finalAccounts/fiscalGrantTotal/amount = 0.3"), "/finalAccounts/fiscalGrantTotal/amount"),
                ex("stated-basic-or-project-agrees-with-tables", FINAL, List.of("/finalAccounts/outturns/1/purpose = 局财政业务指导与宣传等基本支出"), "/finalAccounts/outturns/1/purpose"),
                ex("final-stated-figures-are-filled-in", FINAL, List.of("/finalAccounts/fiscalGrantTotal/amount -"), "/finalAccounts/fiscalGrantTotal/amount"),
                ex("shares-agree-with-amounts", FINAL, List.of("/finalAccounts/shares/5/percent = 71.73"), "/finalAccounts/shares/5/percent"),
                ex("outturn-comparison-agrees-with-figures", FINAL, List.of("/finalAccounts/outturns/0/comparison = above"), "/finalAccounts/outturns/0/comparison"),
                ex("completion-rate-agrees-with-figures", FINAL, List.of("/finalAccounts/generalBudgetOutturn/completionRate = 99.20"), "/finalAccounts/generalBudgetOutturn/completionRate"),
                ex("asset-position-is-at-year-end", FINAL, List.of("/assets/asOf = 2023年12月31日"), "/assets/asOf"),
                ex("outturn-difference-has-a-reason", FINAL, List.of("/finalAccounts/outturns/2/reason -"), "/finalAccounts/outturns/2/reason"),
                ex("flat-change-is-not-explained-as-a-movement", FINAL, List.of("/finalAccounts/fiscalGrantTotal/change = {direction: flat}",
                        "/finalAccounts/fiscalGrantTotal/reason = 合同支付进度等原因减少支付"), "/finalAccounts/fiscalGrantTotal/reason"),
                ex("three-public-above-budget-is-explained", FINAL, List.of("/tables/6/rows/1/amounts = {total: 1.2, reception: 1.2}"), "/tables/6/rows/1/amounts/reception"));
    }

    private static Example ex(String rule, String base, List<String> breaking, String path) {
        return new Example(rule, base, breaking, path, List.of());
    }

    private static String base(String name) {
        return switch (name) {
            case SEED -> Documents.SEED_CORRECTED;
            case FINAL -> Documents.FINAL_CORRECTED;
            default -> Documents.CZJ_CORRECTED;
        };
    }

    private static List<Finding> run(String ruleId, String yaml) {
        Disclosure d = Documents.read(yaml);
        return RULES.get(ruleId).check(d, CheckContext.of(PROFILES.orNull(d.document().profile())));
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("examples")
    void firesOnADocumentThatBreaksIt(Example e) {
        List<Finding> found = run(e.rule(), Documents.edit(base(e.base()), e.breaking()));
        assertThat(found).as("findings of %s", e.rule()).isNotEmpty();
        assertThat(found).extracting(Finding::path).contains(e.path());
        assertThat(found).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(e.rule());
            assertThat(f.message()).isNotBlank();
            assertThat(f.messageEn()).isNotBlank();
            assertThat(f.category()).isEqualTo(RULES.get(e.rule()).info().category());
        });
    }

    static Stream<Arguments> soundExamples() {
        return examples().stream().map(e -> e.sound() == null
                ? Arguments.of(new Example(e.rule(), CZJ, List.of(), e.path(), List.of()))
                : Arguments.of(e));
    }

    @ParameterizedTest(name = "{0} stays silent")
    @MethodSource("soundExamples")
    void staysSilentOnASoundDocument(Example e) {
        List<Finding> found = run(e.rule(), Documents.edit(base(e.base()), e.sound()));
        assertThat(found).as("findings of %s on a sound document", e.rule()).isEmpty();
    }

    @Test
    void everyRuleOfTheCatalogueHasAnExample() {
        assertThat(examples().stream().map(Example::rule)).containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void operatingCostsStatedToIncludeProjectRunningCostsAreNotComparedWithPublicCosts() {
        String wider = Documents.edit(Documents.SEED_CORRECTED, "/overview/expenditure/publicCosts/amount = 9.06",
                "/operatingCosts/note = 此项数据变动较大的原因是财政部对“机关运行经费”口径调整，将专项中包含的运行经费统计在这张表中。");
        assertThat(run("operating-costs-match-public-costs", wider)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                .satisfies(f -> assertThat(f.message()).contains("包含项目中的运行经费"));
        String counted = Documents.edit(Documents.SEED_CORRECTED, "/overview/expenditure/publicCosts/amount = 9.06",
                "/operatingCosts/note = 主要原因是根据财政部统一规定，项目支出中部分预算开支金额统计在行政运行经费中。");
        assertThat(run("operating-costs-match-public-costs", counted)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        String narrow = Documents.edit(Documents.SEED_CORRECTED, "/overview/expenditure/publicCosts/amount = 9.06",
                "/operatingCosts/note = 机关运行经费主要用于办公费、印刷费、邮电费。");
        assertThat(run("operating-costs-match-public-costs", narrow)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aUnitBudgetCountingSubordinateUnitsIsWordedAsADepartment() {
        String unit = Documents.edit(Documents.CZJ_CORRECTED,
                "/operatingCosts/note = 2025年上海市财政局下属1家机关和1家事业单位财政拨款的机关运行经费预算为100万元。");
        assertThat(run("budget-names-its-own-kind", unit)).extracting(Finding::path).contains("/operatingCosts/note");
    }

    @Test
    void aReserveStatedBesidesBasicAndProjectIsPartOfTheTotal() {
        // 单位预留机动经费 (Jiangsu): the total is basic + project + reserve
        String sound = Documents.edit(Documents.SEED_CORRECTED, "/overview/expenditure/total/amount = 766.96",
                "/overview/expenditure/reserve = {amount: 10}");
        assertThat(run("expenditure-is-basic-plus-project", sound)).isEmpty();
        String broken = Documents.edit(Documents.SEED_CORRECTED, "/overview/expenditure/reserve = {amount: 10}");
        assertThat(run("expenditure-is-basic-plus-project", broken)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("单位预留机动经费10"));
    }

    @Test
    void aClassMayNameItsOwnItemsInItsPurposeButNotAnotherClasss() {
        String lines = "/overview/expenditure/byFunction = [{code: '221', name: 住房保障（类）, figure: {amount: 100},"
                + " purpose: 缴纳住房公积金和提租补贴}, {code: '2210201', name: 住房改革支出（款）住房公积金（项）, figure: {amount: 40}},"
                + " {code: '2080505', name: 行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）, figure: {amount: 60}}]";
        assertThat(run("reason-belongs-to-its-item", Documents.edit(Documents.SEED_CORRECTED, lines))).isEmpty();
        String copied = lines.replace("缴纳住房公积金和提租补贴", "机关事业单位基本养老保险缴费支出");
        assertThat(run("reason-belongs-to-its-item", Documents.edit(Documents.SEED_CORRECTED, copied)))
                .extracting(Finding::path).containsExactly("/overview/expenditure/byFunction/0/purpose");
    }

    @Test
    void aThreePublicTotalIsExplainedByTheReasonsOfTheItemsThatChanged() {
        String yaml = Documents.edit(Documents.SEED_CORRECTED, "/threePublic/total/reason -",
                "/threePublic/reception/reason = 接待任务减少");
        assertThat(run("change-has-a-reason", yaml)).isEmpty();
    }

    @Test
    void numericFindingsCarryExpectedActualAndDifference() {
        List<Finding> found = run("three-public-total-is-sum-of-items",
                Documents.edit(Documents.SEED_CORRECTED, "/threePublic/reception/amount = 0.2"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.expected().plain()).isEqualTo("1.2");
            assertThat(f.actual().plain()).isEqualTo("1.1");
            assertThat(f.difference().plain()).isEqualTo("-0.1");
            assertThat(f.subject()).isEqualTo("“三公”经费");
        });
    }
}
