package org.gongkai.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook made by hand: standard titles and header labels, laid out its own way (title lower
 * down and to the right, blank rows and columns, codes split over 类/款/项, stacked headers,
 * numbers stored as text, dashes for blanks, full-width brackets).
 */
class HandMadeWorkbookTest {

    private static final String GENERAL = "支出表";
    private static final String THREE_PUBLIC = "三公";
    private static final String NO_HEADER = "收入";

    @TempDir
    static Path dir;

    private static ImportResult result;

    @BeforeAll
    static void readTheHandMadeWorkbook() throws IOException {
        Path file = dir.resolve("hand-made.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            generalBudgetSheet(wb.newWorksheet(GENERAL));
            threePublicSheet(wb.newWorksheet(THREE_PUBLIC));
            Worksheet noHeader = wb.newWorksheet(NO_HEADER);
            noHeader.value(0, 0, "2025年部门收入总表");
            noHeader.value(1, 0, "（另见附件）");
            wb.finish();
        }
        result = new XlsxImporter().read(file);
    }

    /** 一般公共预算支出表 with the title in C3, the unit in G4, 类/款/项 under a merged 科目编码, a blank row and column. */
    private static void generalBudgetSheet(Worksheet ws) {
        ws.value(1, 1, "编制单位：测试市测试局");
        ws.value(2, 2, "2025年一般公共预算支出功能分类预算表");
        ws.value(3, 6, "单位：元");
        ws.value(5, 1, "科目编码");
        ws.range(5, 1, 5, 3).merge();
        ws.value(5, 4, "科目名称");
        ws.value(5, 5, "合计");
        ws.value(5, 6, "基本支出");
        ws.value(5, 7, "项目支出");
        ws.value(6, 1, "类");
        ws.value(6, 2, "款");
        ws.value(6, 3, "项");
        line(ws, 8, "201", null, null, "一般公共服务支出", "171,915,169", "127,642,039", "44,273,130");
        line(ws, 9, "201", "06", null, "财政事务", "171,915,169", "127,642,039", "44,273,130");
        line(ws, 10, "201", "06", "01", "行政运行", "127,642,039", "127,642,039", "——");
        line(ws, 11, null, "06", "02", "一般行政管理事务", "44,273,130", "", "44,273,130");
        ws.value(11, 9, "备用");
        ws.value(12, 4, "合    计");
        ws.value(12, 5, 171915169);
        ws.value(12, 6, 127642039);
        ws.value(12, 7, 44273130);
        ws.value(14, 1, "注：本表由手工编制。");
    }

    private static void line(Worksheet ws, int row, String category, String section, String item, String name,
            String total, String basic, String project) {
        if (category != null) {
            ws.value(row, 1, category);
        }
        if (section != null) {
            ws.value(row, 2, section);
        }
        if (item != null) {
            ws.value(row, 3, item);
        }
        ws.value(row, 4, name);
        ws.value(row, 5, total);
        if (!basic.isEmpty()) {
            ws.value(row, 6, basic);
        }
        ws.value(row, 7, project);
    }

    /** The 三公 table in 万元, two header rows (公务用车购置及运行费 over 购置费/运行费), full-width brackets. */
    private static void threePublicSheet(Worksheet ws) {
        ws.value(0, 0, "2025年一般公共预算“三公”经费支出表");
        ws.value(1, 5, "单位：万元");
        ws.value(2, 0, "项目");
        ws.value(2, 1, "合计");
        ws.value(2, 2, "因公出国（境）费");
        ws.value(2, 3, "公务用车购置及运行费");
        ws.range(2, 3, 2, 4).merge();
        ws.value(2, 5, "公务接待费");
        ws.value(3, 3, "购置费");
        ws.value(3, 4, "运行费");
        ws.value(4, 0, "预算数");
        ws.value(4, 1, 346.3);
        ws.value(4, 2, "288.70");
        ws.value(4, 3, 0);
        ws.value(4, 4, 32.2);
        ws.value(4, 5, 25.4);
    }

    @Test
    void sheetsAreRecognisedByTheirTitlesWhereverTheTitleIs() {
        assertThat(result.disclosure().tables()).extracting(BudgetTable::kind)
                .containsExactly(TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.THREE_PUBLIC);
        BudgetTable general = result.disclosure().tables().get(0);
        assertThat(general.title()).isEqualTo("2025年一般公共预算支出功能分类预算表");
        assertThat(general.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(general.columns()).containsExactly(Column.TOTAL, Column.BASIC, Column.PROJECT);
        assertThat(general.note()).isEqualTo("注：本表由手工编制。");
    }

    @Test
    void codesSplitOverCategorySectionAndItemAreJoinedAndABlankCategoryIsTheOneAbove() {
        assertThat(result.disclosure().tables().get(0).rows()).extracting(TableRow::code)
                .containsExactly("201", "20106", "2010601", "2010602");
    }

    @Test
    void numbersStoredAsTextAreReadAndBlanksAndDashesStayAbsent() {
        BudgetTable general = result.disclosure().tables().get(0);
        assertThat(general.rows().get(0)).isEqualTo(new TableRow("201", "一般公共服务支出", Map.of(
                Column.TOTAL, Amount.yuan("171915169"), Column.BASIC, Amount.yuan("127642039"),
                Column.PROJECT, Amount.yuan("44273130"))));
        assertThat(general.rows().get(2).amounts()).containsOnlyKeys(Column.TOTAL, Column.BASIC);
        assertThat(general.rows().get(3).amounts()).containsOnlyKeys(Column.TOTAL, Column.PROJECT);
        assertThat(general.total()).isEqualTo(new TableRow(null, "合    计", Map.of(
                Column.TOTAL, Amount.yuan("171915169"), Column.BASIC, Amount.yuan("127642039"),
                Column.PROJECT, Amount.yuan("44273130"))));
    }

    @Test
    void stackedHeadersNameTheirColumnsByTheLowestLabel() {
        BudgetTable threePublic = result.disclosure().tables().get(1);
        assertThat(threePublic.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(threePublic.columns()).containsExactly(Column.TOTAL, Column.ABROAD, Column.VEHICLE_PURCHASE,
                Column.VEHICLE_RUNNING, Column.RECEPTION);
        assertThat(threePublic.rows()).containsExactly(new TableRow(null, "预算数", Map.of(
                Column.TOTAL, Amount.wan("346.30"), Column.ABROAD, Amount.wan("288.70"), Column.VEHICLE_PURCHASE, Amount.wan("0"),
                Column.VEHICLE_RUNNING, Amount.wan("32.20"), Column.RECEPTION, Amount.wan("25.40"))));
        assertThat(threePublic.total()).isNull();
    }

    @Test
    void placesNameTheCellsTheValuesCameFrom() {
        assertThat(result.places())
                .containsEntry("/tables/0", GENERAL + "!C3")
                .containsEntry("/tables/0/unit", GENERAL + "!G4")
                .containsEntry("/tables/0/rows/2/code", GENERAL + "!B11")
                .containsEntry("/tables/0/rows/2/amounts/total", GENERAL + "!F11")
                .containsEntry("/tables/0/rows/3/code", GENERAL + "!C12")
                .containsEntry("/tables/0/total/amounts/project", GENERAL + "!H13")
                .containsEntry("/tables/1/rows/0/amounts/vehicle_running", THREE_PUBLIC + "!E5")
                .containsEntry("/department/name", GENERAL + "!B2");
    }

    @Test
    void theDocumentTakesItsTitleYearAndDepartmentFromTheSheets() {
        var d = result.disclosure();
        assertThat(d.document().title()).isEqualTo("2025年一般公共预算支出功能分类预算表");
        assertThat(d.document().fiscalYear()).isEqualTo(2025);
        assertThat(d.department().name()).isEqualTo("测试市测试局");
        assertThat(d.department().region()).isEqualTo(DocumentFacts.UNKNOWN_REGION);
    }

    @Test
    void aSheetTitledAsATableWithoutAHeaderIsReportedWithItsReason() {
        assertThat(result.unplaced()).filteredOn(u -> u.where().startsWith(NO_HEADER))
                .extracting(Unplaced::where).containsExactly(NO_HEADER + "!A1", NO_HEADER + "!A2");
        assertThat(result.unplaced()).filteredOn(u -> u.where().startsWith(NO_HEADER))
                .allSatisfy(u -> assertThat(u.reason()).contains("部门收入总表").contains("no header row"));
    }

    @Test
    void aCellInAColumnWithoutALabelIsReportedNotDropped() {
        assertThat(result.unplaced()).filteredOn(u -> !u.where().startsWith(NO_HEADER)).containsExactly(
                new Unplaced(GENERAL + "!J12", "备用", "cell in a column without a recognised header label"));
    }
}
