package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Change;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentence shapes a figure of a budget statement is stated in, one example read and one not for each. */
class StatedFigureTest {

    private static Figure read(String text, String... labels) {
        return StatedFigure.find(text, List.of(labels)).map(StatedFigure.Stated::figure).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // label, filler and amount; the change in the same sentence or the next; the rate skipped; the reason
        "某某厅2020年度收入、支出预算总计1,234.50万元，与上年相比收、支预算总计各增加100万元，增长8.8%。主要原因是增人增资。|收入、支出预算总计|1234.50|increase|100|增人增资",
        "此外，基本支出预算数为 900.5 万元。与上年相比减少 20.25 万元，下降 2.2%。主要原因是退休人员减少。|基本支出预算数|900.5|decrease|20.25|退休人员减少",
        "1．因公出国（境）费预算支出199.25万元，比上年预算减少23.25万元，主要原因按规定压减10%。|因公出国（境）费|199.25|decrease|23.25|按规定压减10%",
        "项目支出预算数为3,123.68万元。与上年数一致。|项目支出预算数|3123.68|flat||",
        "2017年本部门一般公共预算机关运行经费预算支出5619.31万元，比2016年增加4032.99万元，增加254.23%。|机关运行经费预算|5619.31|increase|4032.99|",
        "某某厅2020年度财政拨款预算支出800万元，占本年支出合计的100%。与上年相比，财政拨款支出增加8万元，增长1%。主要原因是政策性增资。|财政拨款预算支出|800|increase|8|政策性增资",
    })
    void readsTheShape(String text, String label, String amount, String direction, String change, String reason) {
        Figure f = read(text, label);
        assertThat(f).isNotNull();
        assertThat(f.amount()).isEqualTo(Amount.wan(amount));
        Change expected = direction.equals("flat") ? Change.flat()
                : new Change(ChangeDirection.valueOf(direction.toUpperCase(java.util.Locale.ROOT)), Amount.wan(change));
        assertThat(f.change()).isEqualTo(expected);
        assertThat(f.reason()).isEqualTo(reason);
    }

    @Test
    void theTemplatesBlankChangeIsNoChange() {
        Figure f = read("（2）政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。主要原因是本部门无此项收入。",
                "政府性基金收入预算");
        assertThat(f.amount()).isEqualTo(Amount.wan("0"));
        assertThat(f.change()).isNull();
        assertThat(f.reason()).isEqualTo("本部门无此项收入");
    }

    @Test
    void whatAFigureHoldsIsNoReason() {
        Figure f = read("（一）人员经费7670.82万元。主要包括：基本工资、津贴补贴、奖金。", "人员经费");
        assertThat(f.amount()).isEqualTo(Amount.wan("7670.82"));
        assertThat(f.reason()).isNull();
    }

    @Test
    void aLabelThatIsTheObjectOfAChangeIsNotItsFigure() {
        assertThat(read("主要原因是政策性增资等原因，增加基本支出 844.15 万元。", "基本支出")).isNull();
        assertThat(read("主要原因是政策性增资等原因，增加基本支出 844.15 万元。此外，基本支出预算数为 7666.68 万元。", "基本支出").amount())
                .isEqualTo(Amount.wan("7666.68"));
    }

    @Test
    void aLabelWithoutAnAmountStatesNothing() {
        assertThat(read("2019年政府性基金支出预算支出万元。与上年相比增加（减少）0万元。", "政府性基金支出预算")).isNull();
    }

    @Test
    void aLabelInsideALongerOneIsTheLongerOnes() {
        String text = "1．财政拨款收入预算总计18330.37万元。";
        StatedFigure.Stated inner = StatedFigure.find(text, List.of("收入预算总计")).orElseThrow();
        StatedFigure.Stated outer = StatedFigure.find(text, List.of("财政拨款收入预算总计")).orElseThrow();
        assertThat(inner.within(outer)).isTrue();
        assertThat(outer.within(inner)).isFalse();
    }
}
