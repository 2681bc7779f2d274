package org.gongkai.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.TableRow;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The seed and the Shanghai budget published as HTML, PDF, XLSX and open data, read back. */
class PublishedFormatsTest {

    private static final PublishDisclosure PUBLISH = new PublishDisclosure(new CanonicalCodec(), ProfileLibrary.standard()::orNull);
    private static final Disclosure SEED = Documents.read(Documents.SEED);
    private static final Disclosure CZJ = Documents.read(Documents.CZJ);
    private static String seedPdfText;
    private static PDDocument seedPdf;

    @BeforeAll
    static void renderTheSeedOnce() throws IOException {
        seedPdf = Loader.loadPDF(PUBLISH.pdf(SEED));
        seedPdfText = new PDFTextStripper().getText(seedPdf).replaceAll("\\s", "");
    }

    @Test
    void thePdfCarriesEveryNumberOfTheSeed() {
        List<String> missing = Examples.seedNumbers().stream().filter(n -> !seedPdfText.contains(n)).toList();
        assertThat(missing).as("numbers of the seed missing from the PDF").isEmpty();
    }

    @Test
    void thePdfCarriesEveryProjectAndIndicator() {
        for (ProjectTarget p : SEED.performance().projects()) {
            assertThat(seedPdfText).contains(p.name().replaceAll("\\s", ""));
            for (Indicator i : p.indicators()) {
                for (String cell : List.of(i.level1(), i.level2(), i.name(), i.description(), i.value().text(), i.basis())) {
                    assertThat(seedPdfText).as("%s / %s", p.name(), i.name()).contains(cell.replaceAll("\\s", ""));
                }
            }
        }
        assertThat(seedPdfText).doesNotContain("#");
    }

    @Test
    void thePdfSaysWhatTheStatementSays() {
        assertThat(seedPdfText).contains(
                "2020年财政拨款预算收入756.96万元，其中一般公共预算收入756.96万元、基金预算收入0万元、财政专户核拨收入0万元、其他来源收入0万元。",
                "2020年支出预算756.96万元，其中基本支出130.56万元（人员经费121万元，公用经费9.56万元），项目支出626.4万元（科技奖励等项目）。",
                "较2019年预算增加196.98万元，其中：基本支出增加11.98万元，项目支出增加185万元",
                "公务接待费0.1万元，比上年减少0.06万元",
                "“三公”经费比上年减少0.06万元，主要原因是按上级要求厉行节俭。",
                "2020年我部门未安排政府采购，空表列示。",
                "本文档未包含此表",
                "编制部门：临西县科学技术协会",
                "截止时间：2019年12月31日");
    }

    @Test
    void everyFontIsEmbeddedAndTheOutlineNamesEverySection() throws IOException {
        for (PDPage page : seedPdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        List<String> outline = new ArrayList<>();
        for (PDOutlineItem item : seedPdf.getDocumentCatalog().getDocumentOutline().children()) {
            outline.add(item.getTitle());
        }
        assertThat(outline).contains("一、部门职责及机构设置情况", "五、预算绩效信息", "九、其他需说明事项", "部门预算表");
        assertThat(seedPdf.getDocumentInformation().getTitle()).isEqualTo(SEED.document().title());
        assertThat(seedPdf.getDocumentInformation().getAuthor()).isEqualTo("临西县科学技术协会");
        assertThat(seedPdf.getNumberOfPages()).isGreaterThan(5);
        assertThat(seedPdfText).as("page numbers").contains("第2页，共" + seedPdf.getNumberOfPages() + "页");
    }

    @Test
    void theHtmlIsWellFormedWithCaptionsAndHeaderCells() throws Exception {
        String html = new String(PUBLISH.html(SEED), StandardCharsets.UTF_8);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(doc.getElementsByTagName("table").getLength()).isEqualTo(doc.getElementsByTagName("caption").getLength());
        assertThat(doc.getElementsByTagName("th").getLength()).isGreaterThan(50);
        assertThat(html).contains("<meta name=\"viewport\"").contains("scope=\"col\"").contains("科学技术投入成本");
    }

    @Test
    void theWorkbookReadsBackAsTheModelsFigures() throws IOException {
        Map<String, List<Row>> sheets = sheets(PUBLISH.xlsx(CZJ));
        assertThat(sheets).containsKey("说明");
        int checked = 0;
        for (BudgetTable t : CZJ.tables()) {
            List<Row> rows = sheets.get(XlsxRenderer.sheetName(t.title()));
            assertThat(rows).as(t.title()).isNotNull();
            List<BigDecimal> inSheet = new ArrayList<>();
            for (Row r : rows) {
                r.stream().filter(c -> c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER)
                        .forEach(c -> inSheet.add(c.asNumber()));
            }
            List<BigDecimal> inModel = new ArrayList<>();
            List<TableRow> lines = new ArrayList<>(t.incomeRows());
            if (t.incomeTotal() != null) {
                lines.add(t.incomeTotal());
            }
            lines.addAll(t.rows());
            if (t.total() != null) {
                lines.add(t.total());
            }
            boolean twoSided = !t.incomeRows().isEmpty();
            for (TableRow r : lines) {
                List<Column> columns = twoSided && (t.incomeRows().contains(r) || r == t.incomeTotal())
                        ? List.of(Column.AMOUNT) : t.columns().stream().filter(c -> !twoSided || c != Column.AMOUNT).toList();
                for (Column c : columns) {
                    r.amount(c).map(Amount::value).ifPresent(inModel::add);
                }
            }
            if (twoSided) {
                // income printed beside expenditure, line by line: the same figures, read across the rows
                assertThat(inSheet).as(t.title()).usingElementComparator(BigDecimal::compareTo)
                        .containsExactlyInAnyOrderElementsOf(inModel);
            } else {
                assertThat(inSheet).as(t.title()).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(inModel);
            }
            checked += inModel.size();
        }
        assertThat(checked).as("amounts compared").isGreaterThan(250);
    }

    @Test
    void theSeedWorkbookHasTheStatementAndItsTables() throws IOException {
        Map<String, List<Row>> sheets = sheets(PUBLISH.xlsx(SEED));
        assertThat(sheets.keySet()).contains("说明", "固定资产占用情况表", "部门政府采购预算", "部门机构设置情况");
        List<BigDecimal> values = new ArrayList<>();
        sheets.get("固定资产占用情况表").forEach(r -> r.stream()
                .filter(c -> c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER).forEach(c -> values.add(c.asNumber())));
        assertThat(values).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("11.79"), BigDecimal.ONE, new BigDecimal("7.9"), BigDecimal.ZERO, new BigDecimal("3.89"));
        String statement = sheets.get("说明").stream().map(r -> r.getCellText(0)).reduce("", String::concat);
        assertThat(statement).contains("2020年机关运行经费安排9.56万元");
    }

    private static Map<String, List<Row>> sheets(byte[] xlsx) throws IOException {
        Map<String, List<Row>> sheets = new HashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb.getSheets().toList()) {
                sheets.put(s.getName(), s.read());
            }
        }
        return sheets;
    }
}
