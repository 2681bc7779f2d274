package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * A tree of income sources printed in two text columns, as the 2017 Jiangsu 收入预算总表 prints it
 * (characters 17 points wide, the table's lines about 44 points apart, a cell's lines 29.5): a source's
 * group cell spanning two of its lines has its name wrapped over two lines of its own, set between the
 * lines it spans, and beside it an item's name wrapped with its first line indented by two characters.
 * Each name is joined within its own column; the group's name stays a line of its own, as where it is
 * printed on one line.
 */
class TableReaderGroupCellsTest {

    private static final Template TEMPLATE = new Template(TemplateFamilies.standard(),
            ProfileLibrary.standard().orNull("jiangsu-province-2017"));
    private static final float GLYPH = 17f;

    private final TablePage page = new TablePage(GLYPH, 4.5f);

    private void line(float y, Object... words) {
        page.line(y, words);
    }

    private List<String> names() {
        TableReader.Read read = page.read(TableKind.INCOME_SUMMARY, "收入预算总表", "3", TEMPLATE);
        return read.table().rows().stream().map(TableRow::name).toList();
    }

    private void header() {
        line(309.9f, "收入预算总表", 245.4);
        line(346.6f, "单位：万元", 431.6);
        line(404.9f, "项目名称", 107.9, "金额", 445.1);
        line(452.5f, "收入总计", 188, "13,649.07", 433.8);
        // the widest names of each column, reaching its right edge
        line(496.9f, "一般公共预", 99.5, "公共财政拨款(补助", 193.1, "13,649.07", 433.8);
        line(537.7f, "政府性基金", 99.5, "小计", 272.4);
    }

    @Test
    void aGroupNameWrappedBetweenTheLinesItSpansIsOneLine() {
        header();
        line(694.3f, "小计", 272.4);
        line(701.7f, "财政专户管", 99.5);
        line(731.2f, "理资金", 99.5);
        line(738.7f, "专户管理教育收费", 201.6);
        assertThat(names()).endsWith("小计", "财政专户管理资金", "专户管理教育收费");
    }

    @Test
    void twoCellsWrappedSideBySideAreEachJoinedInTheirColumn() {
        header();
        line(587.6f, "小计", 272.4);
        line(603.3f, "上年结转和", 99.5);
        line(625.7f, "其中：动用上年", 227);
        line(632.9f, "结余资金", 91);
        line(655.1f, "结转和结余资金", 193.1);
        assertThat(names()).endsWith("小计", "上年结转和结余资金", "其中：动用上年结转和结余资金");
    }

    @Test
    void aLineOfFiguresBetweenKeepsThePiecesOfAnotherColumnApart() {
        header();
        // a procurement-like line: 品名 above and below, its 组织形式 and figures on the line between
        line(587.6f, "其他办公设", 193.1);
        line(602.4f, "分散自行组织", 300, "8.00", 440);
        line(617.2f, "备", 176.1);
        assertThat(names()).doesNotContain("其他办公设备");
    }

    @Test
    void aNameIsNotContinuedByAPieceATableLineBelowIt() {
        header();
        line(580.0f, "小计", 272.4);
        line(590.0f, "财政专户管", 99.5);
        line(624.5f, "事业收入", 255.5);
        line(640.0f, "经营", 99.5);
        assertThat(names()).endsWith("小计", "财政专户管", "事业收入", "经营");
    }

    @Test
    void aNameShorterThanItsColumnIsNotContinued() {
        header();
        line(580.0f, "小计", 272.4);
        line(590.0f, "其他", 125);
        line(605.0f, "事业收入", 255.5);
        line(619.5f, "经营", 125);
        assertThat(names()).endsWith("小计", "其他", "事业收入", "经营");
    }
}
