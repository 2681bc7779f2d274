package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * Names wrapped in cells centred on their line, as the national 决算 template of 2024 prints its
 * function classes (characters 10.5 points wide, the table's lines 24.5 points apart, a cell's lines
 * 13.6): a code printed alone between the two lines of its name, and a name of three lines whose middle
 * line carries the code. Each piece belongs to the cell it is centred in, though it lies as close to the
 * cell above.
 */
class TableReaderCentredCellsTest {

    private static final Template TEMPLATE = new Template(TemplateFamilies.standard(),
            ProfileLibrary.standard().orNull("national-final-accounts-2024"));
    private static final float GLYPH = 10.5f;

    private final TablePage page = new TablePage(GLYPH, 5.2f);

    private void line(float y, Object... words) {
        page.line(y, words);
    }

    private List<TableRow> read() {
        TableReader.Read read = page.read(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "一般公共预算财政拨款支出决算表", "5", TEMPLATE);
        return read.table().rows();
    }

    private void header() {
        line(82.5f, "一般公共预算财政拨款支出决算表", 219);
        line(96.2f, "单位：万元", 435);
        line(141.4f, "合计", 283, "基本支出", 351, "项目支出", 432);
        line(146.8f, "功能分类", 117.6);
        line(153.7f, "科目名称", 194.4);
        line(160.5f, "科目编码", 117.6);
    }

    @Test
    void aCodePrintedAloneBetweenTheLinesOfItsNameIsTheLinesCode() {
        header();
        line(240.9f, "2050205", 107.4, "高等教育", 180.6);
        line(284.7f, "文化旅游体育", 180.6);
        line(291.5f, "207", 107.4);
        line(298.4f, "与传媒支出", 180.6);
        line(322.9f, "20799", 107.4, "其他支出", 180.6);
        assertThat(read()).extracting(TableRow::code, TableRow::name).containsExactly(
                tuple("2050205", "高等教育"),
                tuple("207", "文化旅游体育与传媒支出"),
                tuple("20799", "其他支出"));
    }

    @Test
    void theTopLineOfANameOfThreeLinesBelongsToTheCellItIsCentredIn() {
        header();
        line(265.4f, "2050205", 107.4, "高等教育", 180.6);
        line(284.7f, "文化旅游体育", 180.6);
        line(291.5f, "207", 107.4);
        line(298.4f, "与传媒支出", 180.6);
        line(312.5f, "其他文化旅游", 180.6);
        line(326.1f, "20799", 107.4, "体育与传媒支", 180.6);
        line(339.6f, "出", 180.6);
        line(353.8f, "2080501", 107.4, "行政单位离退休", 180.6);
        assertThat(read()).extracting(TableRow::code, TableRow::name).containsExactly(
                tuple("2050205", "高等教育"),
                tuple("207", "文化旅游体育与传媒支出"),
                tuple("20799", "其他文化旅游体育与传媒支出"),
                tuple("2080501", "行政单位离退休"));
    }

    @Test
    void linesOfTheirOwnAtACloseSpacingStayApart() {
        header();
        // names of their own, none filling the width of the one below: three lines, not one cell
        line(284.7f, "2050205", 107.4, "高等教育", 180.6);
        line(308.4f, "其他非税收入", 180.6);
        line(329.6f, "小计", 180.6, "80.00", 283);
        line(356.4f, "事业收入", 180.6);
        assertThat(read()).extracting(TableRow::name).containsExactly("高等教育", "其他非税收入", "小计", "事业收入");
    }

    @Test
    void aNumberAloneAwayFromTheNamesIsAPageNumber() {
        header();
        line(240.9f, "2050205", 107.4, "高等教育", 180.6);
        line(265.4f, "2050299", 107.4, "其他普通教育支出", 180.6);
        line(400.0f, "207", 290);
        assertThat(read()).extracting(TableRow::code).containsExactly("2050205", "2050299");
    }
}
