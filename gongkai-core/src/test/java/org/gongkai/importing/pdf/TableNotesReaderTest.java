package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Column;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * A statement of the Jiangsu family explaining its tables one section each, written for a department the
 * corpus does not hold, in the family's sentence shapes: the facts land in the overview, what is not
 * understood is reported.
 */
class TableNotesReaderTest {

    private static final Template TEMPLATE = new Template(TemplateFamilies.standard(),
            ProfileLibrary.standard().orNull("jiangsu-province-2017"));

    private final List<PdfLine> lines = new ArrayList<>();
    private final Map<String, String> places = new LinkedHashMap<>();
    private final List<Unplaced> unplaced = new ArrayList<>();

    private void heading(String text) {
        lines.add(line(50, text));
    }

    /** A paragraph as printed: its first line indented, the rest at the margin. */
    private void paragraph(String text) {
        int cut = Math.min(text.length(), 20);
        lines.add(line(80, text.substring(0, cut)));
        if (cut < text.length()) {
            lines.add(line(60, text.substring(cut)));
        }
    }

    private PdfLine line(float x, String text) {
        int n = lines.size() + 1;
        float y = 20f * n;
        return new PdfLine(1, n, y, List.of(new Word(text, x, x + 12 * text.length(), y, false)));
    }

    /** The function lines of the department's 财政拨款支出预算表, which give the sentences their codes. */
    private static final BudgetTable FUNCTIONS = new BudgetTable(TableKind.FISCAL_GRANT_EXPENDITURE, "5", "财政拨款支出预算表",
            MoneyUnit.WAN_YUAN, List.of(Column.TOTAL), List.of(), null, List.of(
                    new TableRow("201", "一般公共服务支出", Map.of()), new TableRow("20133", "宣传事务", Map.of()),
                    new TableRow("2013301", "行政运行", Map.of()), new TableRow("221", "住房保障支出", Map.of()),
                    new TableRow("22102", "住房改革支出", Map.of()), new TableRow("2210201", "住房公积金", Map.of())),
            null, null, List.of());

    private BudgetOverview read() {
        return StatementReader.read(lines, List.of(FUNCTIONS), places, unplaced, TEMPLATE).overview();
    }

    private void aStatement() {
        heading("一、收支预算总体情况说明");
        paragraph("本预算反映部门年度总体收支预算情况。");
        paragraph("某某厅2020年度收入、支出预算总计1,100万元，与上年相比收、支预算总计各增加100万元，增长10%。主要原因是增人增资。");
        paragraph("（一）收入预算总计1,100万元。包括：");
        paragraph("1．财政拨款收入预算总计1,000万元。");
        paragraph("（1）一般公共预算收入预算1,000万元，与上年相比增加100万元，增长11.1%。主要原因是增人增资。");
        paragraph("2．其他资金收入预算总计100万元。与上年数一致。");
        paragraph("（二）支出预算总计1,100万元。包括：");
        paragraph("1．一般公共服务（类）支出900万元，主要用于机关运转。与上年相比增加90万元，增长11.1%。主要原因是增人增资。");
        paragraph("此外，基本支出预算数为700万元。与上年相比增加100万元，增长16.7%。主要原因是增人增资。");
        paragraph("项目支出预算数为300万元。与上年数一致。");
        paragraph("单位预留机动经费预算数为100万元。与上年数一致。");
        heading("二、收入预算情况说明");
        paragraph("某某厅本年收入预算合计1,100万元，其中：");
        paragraph("一般公共预算收入1,000万元，占90.91%；");
        heading("五、财政拨款支出预算情况说明");
        paragraph("某某厅2020年财政拨款预算支出1,000万元，占本年支出合计的90.91%。与上年相比，财政拨款支出增加100万元，增长11.1%。主要原因是增人增资。");
        paragraph("（一）一般公共服务（类）");
        paragraph("1. 宣传事务（款）行政运行（项）支出600万元，与上年相比增加60万元，增长11.1%。主要原因是增人增资。");
        paragraph("（二）住房保障支出（类）");
        paragraph("1．住房改革支出（款）住房公积金（项）50万元，与上年数一致。");
        heading("六、财政拨款基本支出预算情况说明");
        paragraph("某某厅2020年度财政拨款基本支出预算700万元，其中：");
        paragraph("（一）人员经费600万元。主要包括：基本工资、津贴补贴。");
        paragraph("（二）公用经费100万元。主要包括：办公费、水费。");
        heading("十、政府性基金预算支出预算情况说明");
        paragraph("某某厅2020年政府性基金支出预算支出 万元。与上年相比增加（减少）0万元。");
    }

    @Test
    void readsTheTotalsAndTheirParts() {
        aStatement();
        BudgetOverview o = read();
        assertThat(o.income().total().amount()).isEqualTo(Amount.wan("1100"));
        assertThat(o.income().total().change().direction()).isEqualTo(ChangeDirection.INCREASE);
        assertThat(o.income().sources()).extracting(IncomeLine::source)
                .containsExactly(IncomeSource.FISCAL_GRANT, IncomeSource.GENERAL_PUBLIC_BUDGET, IncomeSource.OTHER);
        assertThat(o.expenditure().total().amount()).isEqualTo(Amount.wan("1100"));
        assertThat(o.expenditure().basic().amount()).isEqualTo(Amount.wan("700"));
        assertThat(o.expenditure().basic().reason()).isEqualTo("增人增资");
        assertThat(o.expenditure().project().change().direction()).isEqualTo(ChangeDirection.FLAT);
        assertThat(o.expenditure().reserve().amount()).isEqualTo(Amount.wan("100"));
        assertThat(o.expenditure().fiscalGrant().amount()).isEqualTo(Amount.wan("1000"));
        assertThat(o.expenditure().personnel().amount()).isEqualTo(Amount.wan("600"));
        assertThat(o.expenditure().publicCosts().amount()).isEqualTo(Amount.wan("100"));
        assertThat(o.changeReason()).isEqualTo("增人增资");
    }

    @Test
    void readsTheFunctionSentencesWithTheirCodes() {
        aStatement();
        List<FunctionSpending> byFunction = read().expenditure().byFunction();
        assertThat(byFunction).extracting(FunctionSpending::code).containsExactly("201", "2013301", "2210201");
        assertThat(byFunction.get(0).purpose()).isEqualTo("机关运转");
        assertThat(byFunction.get(1).figure().amount()).isEqualTo(Amount.wan("600"));
        assertThat(byFunction.get(2).figure().change().direction()).isEqualTo(ChangeDirection.FLAT);
    }

    @Test
    void keepsWhatItDoesNotUnderstandAsTextAndReportsIt() {
        aStatement();
        BudgetOverview o = read();
        // the fund's sentence lacks its amount: reported and kept, so the wording rules still read it
        assertThat(o.introduction()).contains("政府性基金支出预算支出万元");
        assertThat(String.join("", unplaced.stream().map(Unplaced::text).toList())).isEqualTo(
                "某某厅2020年政府性基金支出预算支出 万元。与上年相比增加（减少）0万元。");
        assertThat(o.expenditure().byFund()).isEmpty();
    }

    @Test
    void personnelAndPublicCostsOfTheFiscalGrantBasicAreItsParts() {
        heading("一、收支预算总体情况说明");
        paragraph("此外，基本支出预算数为800万元。与上年数一致。");
        heading("六、财政拨款基本支出预算情况说明");
        paragraph("某某厅2020年度财政拨款基本支出预算700万元，其中：");
        paragraph("（一）人员经费600万元。");
        paragraph("（二）公用经费100万元。");
        BudgetOverview o = read();
        assertThat(o.expenditure().basic().amount()).isEqualTo(Amount.wan("800"));
        // the section's 基本支出 is the 财政拨款 part only: kept apart, with 人员经费 and 公用经费 as its parts
        assertThat(o.expenditure().fiscalGrantBasic().amount()).isEqualTo(Amount.wan("700"));
        assertThat(o.expenditure().basicOfPersonnelAndPublic()).isSameAs(o.expenditure().fiscalGrantBasic());
        assertThat(o.expenditure().personnel().amount()).isEqualTo(Amount.wan("600"));
        assertThat(o.expenditure().publicCosts().amount()).isEqualTo(Amount.wan("100"));
        assertThat(places).containsKey("/overview/expenditure/fiscalGrantBasic");
        assertThat(unplaced).isEmpty();
    }

    @Test
    void personnelAndPublicCostsOfTheOverallBasicNeedNoWholeOfTheirOwn() {
        heading("一、收支预算总体情况说明");
        paragraph("此外，基本支出预算数为700万元。与上年数一致。");
        heading("六、财政拨款基本支出预算情况说明");
        paragraph("某某厅2020年度财政拨款基本支出预算700万元，其中：");
        paragraph("（一）人员经费600万元。");
        paragraph("（二）公用经费100万元。");
        BudgetOverview o = read();
        assertThat(o.expenditure().fiscalGrantBasic()).isNull();
        assertThat(o.expenditure().personnel().amount()).isEqualTo(Amount.wan("600"));
        assertThat(unplaced).isEmpty();
    }

    @Test
    void personnelAndPublicCostsOfAWholeNotStatedAreReported() {
        heading("一、收支预算总体情况说明");
        paragraph("此外，基本支出预算数为800万元。与上年数一致。");
        heading("六、财政拨款基本支出预算情况说明");
        paragraph("（一）人员经费600万元。");
        paragraph("（二）公用经费100万元。");
        BudgetOverview o = read();
        assertThat(o.expenditure().personnel()).isNull();
        assertThat(unplaced).extracting(Unplaced::text).containsExactly("（一）人员经费600万元。", "（二）公用经费100万元。");
    }

    /** The economic lines of the department's 财政拨款基本支出预算表, which give the detailed sentences their codes. */
    private static final BudgetTable BASIC = new BudgetTable(TableKind.FISCAL_GRANT_BASIC_EXPENDITURE, "6", "财政拨款基本支出预算表",
            MoneyUnit.WAN_YUAN, List.of(Column.TOTAL), List.of(), null, List.of(
                    new TableRow("301", "工资福利支出", Map.of()), new TableRow("30101", "基本工资", Map.of()),
                    new TableRow("302", "商品和服务支出", Map.of()), new TableRow("30201", "办公费", Map.of()),
                    new TableRow("30213", "维修（护）费", Map.of())),
            null, null, List.of());

    @Test
    void readsTheBasicExpenditureDetailedByEconomicClassWithItsCodes() {
        heading("六、财政拨款基本支出预算情况说明");
        paragraph("某某厅2020年度财政拨款基本支出预算700万元，其中：");
        paragraph("（一）人员经费600万元");
        paragraph("1、工资福利支出（类）600 万元");
        paragraph("（1）基本工资（款）支出 600 万元。用于发放机关公务员的职务工资、级别工资等。");
        paragraph("（二）公用经费100万元");
        paragraph("商品和服务支出（类）100 万元");
        paragraph("（1）办公费（款）支出 60 万元。用于单位购买办公用品等支出。");
        paragraph("（2）维修（护）费（款）支出 30 万元。用于固定资产修理和维护。");
        paragraph("（3）印刷费（款）支出 10 万元。反映单位的印刷费。");
        heading("九、一般公共预算基本支出预算情况说明");
        paragraph("（1）基本工资（款）支出 600 万元。用于发放机关公务员的职务工资、级别工资等。");
        List<org.gongkai.model.EconomicSpending> economic = StatementReader.read(lines, List.of(FUNCTIONS, BASIC), places,
                unplaced, TEMPLATE).overview().expenditure().byEconomicClass();
        assertThat(economic).extracting(org.gongkai.model.EconomicSpending::name)
                .containsExactly("工资福利支出", "基本工资", "商品和服务支出", "办公费", "维修（护）费", "印刷费");
        // 印刷费 is no line of the table: it keeps no code, for the rules to report
        assertThat(economic).extracting(org.gongkai.model.EconomicSpending::code)
                .containsExactly("301", "30101", "302", "30201", "30213", null);
        assertThat(economic.get(1).figure().amount()).isEqualTo(Amount.wan("600"));
        assertThat(economic.get(1).purpose()).isEqualTo("发放机关公务员的职务工资、级别工资等");
        assertThat(economic.get(5).purpose()).isEqualTo("单位的印刷费");
        assertThat(places).containsKey("/overview/expenditure/byEconomicClass/5");
        // 人员经费 and 公用经费 are the parts of the 财政拨款基本支出 the section states
        assertThat(unplaced).isEmpty();
    }
}
