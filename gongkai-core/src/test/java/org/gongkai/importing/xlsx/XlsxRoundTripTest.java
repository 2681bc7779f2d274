package org.gongkai.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook Gongkai publishes, read back: the Shanghai budget's nine tables and the seed's statement. */
class XlsxRoundTripTest {

    private static final PublishDisclosure PUBLISH = new PublishDisclosure(new CanonicalCodec(), ProfileLibrary.standard()::orNull);
    private static final Disclosure CZJ = Documents.read(Documents.CZJ);
    private static final Disclosure SEED = Documents.read(Documents.SEED);

    @TempDir
    Path dir;

    @Test
    void everyStandardTableOfTheShanghaiBudgetComesBackAsPublished() throws IOException {
        List<BudgetTable> imported = read(CZJ, "czj-2025.xlsx").disclosure().tables();

        assertThat(imported).extracting(BudgetTable::kind)
                .containsExactlyElementsOf(CZJ.tables().stream().map(BudgetTable::kind).toList());
        for (int i = 0; i < CZJ.tables().size(); i++) {
            BudgetTable want = CZJ.tables().get(i);
            BudgetTable got = imported.get(i);
            String table = "/tables/" + i + " " + want.title();
            assertThat(got.unit()).as(table).isEqualTo(want.unit());
            assertThat(got.number()).as(table).isEqualTo(want.number());
            assertThat(got.title()).as(table).isEqualTo(want.title());
            assertThat(got.columns()).as(table).isEqualTo(want.columns());
            assertThat(got.incomeRows()).as(table).containsExactlyElementsOf(want.incomeRows());
            assertThat(got.incomeTotal()).as(table).isEqualTo(want.incomeTotal());
            assertThat(got.rows()).as(table).containsExactlyElementsOf(want.rows());
            assertThat(got.total()).as(table).isEqualTo(want.total());
        }
    }

    @Test
    void theNoteOfAnEmptyTableComesBackWithIt() throws IOException {
        Disclosure corrected = Documents.read(Documents.CZJ_CORRECTED);
        List<BudgetTable> imported = read(corrected, "czj-2025-corrected.xlsx").disclosure().tables();

        assertThat(imported.get(5).note()).isEqualTo(corrected.tables().get(5).note()).startsWith("注：");
        assertThat(imported.get(5).rows()).isEmpty();
        assertThat(imported.get(5).total()).isEqualTo(corrected.tables().get(5).total());
        assertThat(imported.get(7).rows()).containsExactlyElementsOf(corrected.tables().get(7).rows());
    }

    @Test
    void theTwoSidedSummaryKeepsItsIncomeLinesApartFromItsExpenditureLines() throws IOException {
        BudgetTable summary = read(CZJ, "czj-2025.xlsx").disclosure().tables().get(0);

        assertThat(summary.kind()).isEqualTo(TableKind.INCOME_EXPENDITURE_SUMMARY);
        assertThat(summary.incomeRows()).extracting(TableRow::name).startsWith("一、财政拨款收入", "1、一般公共预算资金");
        assertThat(summary.incomeTotal().name()).isEqualTo("收入总计");
        assertThat(summary.rows()).extracting(TableRow::code).containsExactly("201", "208", "210", "221");
        assertThat(summary.total().name()).isEqualTo("支出总计");
    }

    @Test
    void everyImportedAmountAndTableHasItsCell() throws IOException {
        ImportResult result = read(CZJ, "czj-2025.xlsx");

        assertThat(result.places())
                .containsEntry("/tables/2", "2025年预算单位支出预算总表!A1")
                .containsEntry("/tables/2/unit", "2025年预算单位支出预算总表!A2")
                .containsEntry("/tables/2/rows/5/code", "2025年预算单位支出预算总表!A9")
                .containsEntry("/tables/2/rows/5/amounts/total", "2025年预算单位支出预算总表!C9")
                .containsEntry("/tables/0/incomeRows/0/amounts/amount", "2025年预算单位财务收支预算总表!C4")
                .containsEntry("/tables/0/total/amounts/project", "2025年预算单位财务收支预算总表!F16");
        List<String> unplacedAmounts = new ArrayList<>();
        List<BudgetTable> tables = result.disclosure().tables();
        for (int i = 0; i < tables.size(); i++) {
            assertThat(result.places()).containsKey("/tables/" + i);
            unplacedAmounts.addAll(withoutPlace(result, "/tables/" + i + "/incomeRows", tables.get(i).incomeRows()));
            unplacedAmounts.addAll(withoutPlace(result, "/tables/" + i + "/rows", tables.get(i).rows()));
        }
        assertThat(unplacedAmounts).isEmpty();
    }

    @Test
    void theDocumentIsTheMinimumTheWorkbookTells() throws IOException {
        Disclosure d = read(CZJ, "czj-2025.xlsx").disclosure();

        assertThat(d.document().title()).isEqualTo("上海市2025年市级单位预算");
        assertThat(d.document().fiscalYear()).isEqualTo(2025);
        assertThat(d.document().kind()).isEqualTo(DocumentKind.UNIT_BUDGET);
        assertThat(d.document().profile()).isEqualTo("shanghai-2025");
        assertThat(d.document().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(d.department().name()).isEqualTo("上海市财政局");
        assertThat(d.department().region().level()).isEqualTo(GovernmentLevel.PROVINCE);
        assertThat(d.department().region().province()).isEqualTo("未知");
        assertThat(d.duties()).isEmpty();
        assertThat(d.overview()).isNull();
    }

    @Test
    void theStatementSheetAndTheAssetSheetAreReportedUnplacedLineByLine() throws IOException {
        List<Unplaced> unplaced = read(CZJ, "czj-2025.xlsx").unplaced();

        assertThat(unplaced).contains(
                new Unplaced("说明!A3", "一、主要职能", XlsxImporter.STATEMENT_NOT_PARSED),
                new Unplaced("说明!A35", "2025年收入预算17192万元，其中财政拨款收入17192万元，较2024年预算减少990万元、事业收入0万元、"
                        + "事业单位经营收入0万元、其他收入0万元。", XlsxImporter.STATEMENT_NOT_PARSED));
        assertThat(unplaced).extracting(Unplaced::where).contains("固定资产占用情况表!A1", "固定资产占用情况表!B13")
                .doesNotContain("说明!A1", "说明!A60")
                .noneMatch(where -> where.startsWith("2025年"));
    }

    @Test
    void theSeedHasNoStandardTablesAndEveryCellIsPlacedOrReported() throws IOException {
        Path file = write(SEED, "linxi-kexie-2020.xlsx");
        ImportResult result = new XlsxImporter().read(file);

        assertThat(result.disclosure().tables()).isEmpty();
        assertThat(result.disclosure().document().fiscalYear()).isEqualTo(2020);
        assertThat(result.disclosure().document().kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
        assertThat(result.disclosure().document().profile()).isEqualTo("hebei-county-2020");
        assertThat(result.disclosure().document().dataAsOf()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(result.disclosure().department().name()).isEqualTo("临西县科学技术协会");
        assertThat(result.unplaced()).contains(new Unplaced("说明!A5", "（一）协调、管理全县科学技术普及、宣传、推广、咨询工作。",
                XlsxImporter.STATEMENT_NOT_PARSED));
        Set<String> accounted = new HashSet<>(result.places().values());
        result.unplaced().forEach(u -> accounted.add(u.where()));
        assertThat(nonBlankCells(file)).isNotEmpty().allMatch(accounted::contains);
    }

    private ImportResult read(Disclosure d, String name) throws IOException {
        return new XlsxImporter().read(write(d, name));
    }

    private Path write(Disclosure d, String name) throws IOException {
        return Files.write(dir.resolve(name), PUBLISH.xlsx(d));
    }

    private static List<String> withoutPlace(ImportResult result, String list, List<TableRow> rows) {
        List<String> missing = new ArrayList<>();
        for (int m = 0; m < rows.size(); m++) {
            for (var column : rows.get(m).amounts().keySet()) {
                String pointer = list + "/" + m + "/amounts/" + column.name().toLowerCase(java.util.Locale.ROOT);
                if (!result.places().containsKey(pointer)) {
                    missing.add(pointer);
                }
            }
        }
        return missing;
    }

    /** Every non-blank cell of the workbook as Sheet!A1, read independently of the importer. */
    private static List<String> nonBlankCells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.stream().filter(c -> c != null && c.getType() != CellType.EMPTY && !c.getRawValue().isBlank())
                            .forEach(c -> cells.add(sheet.getName() + "!" + c.getAddress()));
                }
            }
        }
        return cells;
    }
}
