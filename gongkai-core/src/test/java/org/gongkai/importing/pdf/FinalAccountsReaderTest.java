package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Amount;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Figure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.OutturnComparison;
import org.junit.jupiter.api.Test;

/**
 * The statement of a 决算 written by another department, in the national template's sentences with their
 * usual variations: an increase, 决算数大于预算数 with an 调整预算, half-width level brackets, 会议费 and 培训费.
 */
class FinalAccountsReaderTest {

    private static final Template TEMPLATE = new Template(TemplateFamilies.standard(),
            ProfileLibrary.standard().orNull("national-final-accounts-2024"));

    private final List<PdfLine> lines = new ArrayList<>();

    private void heading(String text) {
        lines.add(line(50, text));
    }

    private void paragraph(String text) {
        lines.add(line(80, text));
    }

    private PdfLine line(float x, String text) {
        int n = lines.size() + 1;
        float y = 20f * n;
        return new PdfLine(1, n, y, List.of(new Word(text, x, x + 12 * text.length(), y, false)));
    }

    private FinalAccountsReader.Read read() {
        Map<String, String> places = new LinkedHashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        return FinalAccountsReader.read(lines, List.of(), places, unplaced, TEMPLATE);
    }

    private static Amount wan(String v) {
        return Amount.wan(v);
    }

    @Test
    void readsAnotherDepartmentsWording() {
        heading("一、收入支出决算总体情况说明");
        paragraph("某某区教育局2024年度收入支出总计12,345.60万元。与2023年度相比，收入支出总计增加1,000.00万元，增长8.81%。主要原因是新建学校投入使用。");
        heading("二、收入决算情况说明");
        paragraph("本年收入合计10,000.00万元，其中：财政拨款收入9,000.00万元，占90.00%；事业收入1,000.00万元，占10.00%。");
        heading("五、一般公共预算财政拨款支出决算情况说明");
        paragraph("一般公共预算财政拨款支出9,000.00万元，占本年支出合计的95.00%。");
        paragraph("一般公共预算财政拨款支出年初预算为8,000.00万元，调整预算为8,800.00万元，支出决算为9,000.00万元，完成年初预算的112.50%。决算数大于预算数的主要原因是追加校舍维修经费。其中：");
        paragraph("1.教育支出(类)普通教育(款)小学教育(项)。主要用于：小学日常运转。年初预算为500.00万元，支出决算为650.00万元，完成年初预算的130.00%。决算数大于预算数的主要原因是追加维修经费。");
        paragraph("2.教育支出(类)普通教育(款)初中教育(项)。年初预算为300.00万元，支出决算为300.00万元，完成年初预算的100.00%。决算数等于预算数。");
        heading("七、财政拨款“三公”经费支出决算情况说明");
        paragraph("“三公”经费财政拨款支出年初预算为20.00万元，支出决算为18.50万元，完成预算的92.50%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务用车购置及运行维护费支出决算为10.00万元，完成预算的100.00%；公务接待费支出决算为8.50万元，完成预算的85.00%。2024年度“三公”经费支出决算数小于预算数的主要原因：厉行节约。");
        paragraph("2024年度“三公”经费财政拨款支出决算数比2023年度减少1.50万元，下降7.50%。");
        paragraph("会议费支出决算为3.20万元，完成预算的80.00%；培训费支出决算为5.00万元，完成预算的100.00%。");
        heading("十、预算绩效管理情况");
        paragraph("绩效自评的2024年度项目12个，涉及预算金额3,456.78万元，平均得分92.5分（其中，绩效评级为“优”的项目8个；绩效评级为“良”的项目3个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题5个，已经完成整改的3个，正在整改的2个）。");

        FinalAccountsReader.Read read = read();
        FinalAccounts f = read.accounts();
        assertThat(f.grandTotal().amount()).isEqualTo(wan("12345.60"));
        assertThat(f.grandTotal().change().direction()).isEqualTo(ChangeDirection.INCREASE);
        assertThat(f.grandTotal().reason()).isEqualTo("新建学校投入使用");
        assertThat(f.shares()).extracting(s -> s.name() + " " + s.percent() + " of " + s.wholeName())
                .containsExactly("财政拨款收入 90.00 of 本年收入合计", "事业收入 10.00 of 本年收入合计",
                        "一般公共预算财政拨款支出 95.00 of 本年支出合计");
        assertThat(f.generalBudgetOutturn().adjustedBudget()).isEqualTo(wan("8800.00"));
        assertThat(f.generalBudgetOutturn().comparison()).isEqualTo(OutturnComparison.ABOVE);
        assertThat(f.generalBudgetOutturn().reason()).isEqualTo("追加校舍维修经费");
        assertThat(f.outturns()).extracting(o -> o.name() + " " + o.budget().value() + " " + o.outturn().value() + " " + o.comparison())
                .containsExactly("教育支出（类）普通教育（款）小学教育（项） 500.00 650.00 ABOVE",
                        "教育支出（类）普通教育（款）初中教育（项） 300.00 300.00 EQUAL");
        assertThat(f.outturns().get(0).completionRate()).isEqualTo(new BigDecimal("130.00"));
        assertThat(f.threePublic().total().budget()).isEqualTo(wan("20.00"));
        assertThat(f.threePublic().total().comparison()).isEqualTo(OutturnComparison.BELOW);
        assertThat(f.threePublic().reception().outturn()).isEqualTo(wan("8.50"));
        assertThat(f.threePublic().meetings().outturn()).isEqualTo(wan("3.20"));
        assertThat(f.threePublic().training().completionRate()).isEqualTo(new BigDecimal("100.00"));
        assertThat(read.threePublic().total().change().direction()).isEqualTo(ChangeDirection.DECREASE);
        assertThat(f.evaluation().evaluatedProjects()).isEqualTo(12);
        assertThat(f.evaluation().averageScore()).isEqualTo(new BigDecimal("92.5"));
        assertThat(List.of(f.evaluation().excellent(), f.evaluation().good(), f.evaluation().pass(), f.evaluation().fail()))
                .containsExactly(8, 3, 1, 0);
        assertThat(List.of(f.evaluation().problemsFound(), f.evaluation().problemsCorrected(), f.evaluation().problemsInCorrection()))
                .containsExactly(5, 3, 2);
        assertThat(read.income().sources()).extracting(l -> l.source().name()).containsExactly("FISCAL_GRANT", "BUSINESS");
    }

    @Test
    void aStatementWithNoFigureStatesNoFinalAccounts() {
        heading("一、收入支出决算总体情况说明");
        paragraph("上海市 XX 局 2024 年度收入支出决算情况见下表。");
        assertThat(read().accounts()).isNull();
    }

    @Test
    void aFigureLeftAsThePlaceholderIsStatedWithoutAnAmountNorAMovement() {
        heading("一、收入支出决算总体情况说明");
        paragraph("上海市 XX 局 2024 年度收入支出总计 XXX 万元。与 2023 年度相比，收入支出总计增加（减少）XXX 万元。"
                + "主要原因：XXXXXXXX。（如持平作持平表述）");
        Figure total = read().accounts().grandTotal();
        assertThat(total.amount()).isNull();
        assertThat(total.change()).isNull();
        assertThat(total.reason()).isEqualTo("XXXXXXXX");
    }
}
