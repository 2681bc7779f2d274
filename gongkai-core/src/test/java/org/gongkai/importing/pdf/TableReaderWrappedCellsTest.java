package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Column;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * Line names wrapped in narrow cells, laid out as the 2017 Jiangsu summaries print them (characters 9
 * points wide, a cell's lines 14.7 points apart, the table's lines about 30): the pieces above and below
 * a line's figures are one name, and so is a name whose cell filled its width and goes on below.
 */
class TableReaderWrappedCellsTest {

    private static final Template TEMPLATE = new Template(TemplateFamilies.standard(),
            ProfileLibrary.standard().orNull("jiangsu-province-2017"));

    private final TablePage page = new TablePage(9, 5);

    private void line(float y, Object... words) {
        page.line(y, words);
    }

    private List<TableRow> read() {
        TableReader.Read read = page.read(TableKind.FISCAL_GRANT_EXPENDITURE, "财政拨款支出预算表", "3", TEMPLATE);
        return read.table().rows();
    }

    private void header() {
        line(40, "财政拨款支出预算表", 150);
        line(60, "单位：万元", 300);
        line(80, "功能科目名称", 60, "金额", 310);
    }

    @Test
    void piecesAboveAndBelowTheFiguresAreOneName() {
        header();
        line(100, "一、一般公共服务", 60);
        line(114.7f, "10,528.33", 300);
        line(129.4f, "支出", 60);
        line(160, "二、外交支出", 60);
        assertThat(read()).extracting(TableRow::name).containsExactly("一、一般公共服务支出", "二、外交支出");
        assertThat(read().get(0).amount(Column.TOTAL)).hasValueSatisfying(
                a -> assertThat(a.value()).isEqualByComparingTo(new BigDecimal("10528.33")));
    }

    @Test
    void aNameThatFilledItsCellGoesOnBelowItsFiguresLine() {
        header();
        line(100, "六、科学技术支出", 60);
        line(130, "七、文化体育与传", 60);
        line(159.4f, "媒支出", 60);
        line(190, "八、住房保障支出", 60, "1,512.23", 300);
        assertThat(read()).extracting(TableRow::name)
                .containsExactly("六、科学技术支出", "七、文化体育与传媒支出", "八、住房保障支出");
    }

    @Test
    void aShortNameIsNotJoinedToTheLineBelow() {
        header();
        line(100, "六、科学技术支出", 60);
        line(130, "七、金融支出", 60);
        line(159.4f, "其他支出", 60);
        assertThat(read()).extracting(TableRow::name).containsExactly("六、科学技术支出", "七、金融支出", "其他支出");
    }
}
