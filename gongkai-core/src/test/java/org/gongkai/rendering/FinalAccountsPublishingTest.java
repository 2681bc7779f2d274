package org.gongkai.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Outturn;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real 决算 of the Putuo finance bureau (2024), imported from its PDF and published in every format. */
class FinalAccountsPublishingTest {

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private static final PublishDisclosure PUBLISH = new PublishDisclosure(CODEC, ProfileLibrary.standard()::orNull);

    /** 年初预算为a万元，[调整预算为…，]支出决算为b万元，完成[年初]预算的c%。[决算数X预算数] */
    private static final Pattern AGAINST_BUDGET = Pattern.compile(
            "年初预算为([0-9.]+)万元，(?:调整预算为[0-9.]+万元，)?支出决算为([0-9.]+)万元，(?:完成(?:年初)?预算的([0-9.]+)%|无年初预算)。(?:决算数(大于|小于|等于)预算数)?");

    private static Disclosure imported;
    private static String pdfText;

    @BeforeAll
    static void importAndPublish() throws URISyntaxException, IOException {
        Path pdf = Path.of(FinalAccountsPublishingTest.class
                .getResource("/corpus/shanghai/putuo-finance-bureau-2024-department-final-accounts.pdf").toURI());
        ImportResult result = new PdfImporter().read(pdf);
        imported = result.disclosure();
        try (PDDocument doc = Loader.loadPDF(PUBLISH.pdf(imported))) {
            pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    @Test
    void thePdfPrintsTheNineTablesUnderTheirOwnTitlesWithTheirClosingLines() {
        assertThat(pdfText).doesNotContain("#");
        assertThat(pdfText).containsSubsequence("表1收入支出决算总表", "表2收入决算表", "表3支出决算表", "表4财政拨款收入支出决算总表",
                "表5一般公共预算财政拨款支出决算表", "表6一般公共预算财政拨款基本支出决算表", "表7财政拨款“三公”经费支出决算表",
                "表8政府性基金预算财政拨款收入支出决算表", "表9国有资本经营预算财政拨款收入支出决算表");
        // 表1: the closing lines, held as total-row columns, printed back as lines on both sides
        assertThat(pdfText).containsSubsequence("表1收入支出决算总表", "本年收入合计2,946.25本年支出合计2,940.05",
                "年初结转和结余49.14", "年末结转和结余55.34", "总计2,995.39总计2,995.39", "表2收入决算表");
        // 表4: each fund's opening balance under the opening line, the closing balance under the fund's column
        assertThat(pdfText).containsSubsequence("表4财政拨款收入支出决算总表", "年初财政拨款结转和结余21.63",
                "一、一般公共预算财政拨款21.63", "年末财政拨款结转和结余21.6321.63", "总计2,961.68", "表5");
        // 表6: 人员经费合计 and 公用经费合计 as the lines they are printed as
        assertThat(pdfText).containsSubsequence("表6", "人员经费合计2,152.26", "公用经费合计184.65", "表7");
        assertThat(pdfText).containsSubsequence("表2收入决算表", "本年收入合计", "财政拨款收入", "经营收入", "其他收入");
        assertThat(pdfText).containsSubsequence("表3支出决算表", "本年支出合计", "基本支出", "项目支出", "经营支出");
        assertThat(pdfText).contains("注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。");
    }

    @Test
    void everyComparisonWithTheBudgetSaysWhatItsTwoAmountsSay() {
        Matcher m = AGAINST_BUDGET.matcher(pdfText);
        int sentences = 0;
        while (m.find()) {
            sentences++;
            BigDecimal budget = new BigDecimal(m.group(1));
            BigDecimal outturn = new BigDecimal(m.group(2));
            String sentence = m.group();
            if (budget.signum() == 0) {
                assertThat(m.group(3)).as(sentence).isNull();
                assertThat(sentence).as(sentence).contains("无年初预算");
                continue;
            }
            assertThat(new BigDecimal(m.group(3))).as(sentence)
                    .isEqualByComparingTo(outturn.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP));
            if (m.group(4) != null) {
                int c = outturn.compareTo(budget);
                assertThat(m.group(4)).as(sentence).isEqualTo(c > 0 ? "大于" : c < 0 ? "小于" : "等于");
            }
        }
        // the whole, its eleven lines, 三公 and its items
        assertThat(sentences).isGreaterThanOrEqualTo(1 + 11 + 1 + 3);
        assertThat(pdfText).contains("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。"
                + "决算数小于预算数的主要原因：因年度工作计划安排，个别信息化项目和中介机构服务调减。");
        assertThat(pdfText).contains("年初预算为1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。");
        assertThat(pdfText).contains("年初预算为10.00万元，支出决算为10.00万元，完成年初预算的100.00%。决算数等于预算数。");
    }

    @Test
    void aLineSpentAboveItsBudgetSaysAboveAndALineWithoutABudgetStatesNoRate() {
        Disclosure edited = org.gongkai.testing.Documents.read(org.gongkai.testing.Documents.edit(org.gongkai.testing.Documents.FINAL,
                "/finalAccounts/outturns/0/budget = 1500.05", "/finalAccounts/outturns/2/budget = 0"));
        String html = new String(PUBLISH.html(edited), StandardCharsets.UTF_8);

        assertThat(html).contains("年初预算为1500.05万元，支出决算为1511.89万元，完成年初预算的100.79%。决算数大于预算数的主要原因：");
        assertThat(html).contains("年初预算为0万元，支出决算为135.25万元，无年初预算。")
                .doesNotContain("年初预算为0万元，支出决算为135.25万元，完成");
    }

    @Test
    void theStatementStatesTheTablesFiguresNotTheMistypedOnes() {
        // the published statement says 财政拨款收入支出总计0.3万元 and 一般公共服务支出 占71.73%; the tables say otherwise
        assertThat(pdfText).contains("财政拨款收入支出总计2961.68万元").doesNotContain("总计0.3万元");
        assertThat(pdfText).contains("一般公共服务支出（类）2106.66万元，占71.65%");
        // 人员经费 lists the 款 that have an amount: 奖励金, not 个人农业生产补贴 (blank in 表6)
        assertThat(pdfText).containsSubsequence("人员经费2152.26万元，主要包括：", "退休费、奖励金；公用经费184.65万元");
        assertThat(pdfText).doesNotContain("退休费、个人农业生产补贴");
    }

    @Test
    void threePublicProcurementAssetsAndPerformanceAreWrittenFromTheirFigures() {
        assertThat(pdfText).contains("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0万元，完成预算的0.00%");
        assertThat(pdfText).contains("因公出国（境）费年初预算为0万元，支出决算为0万元，无年初预算");
        assertThat(pdfText).contains("公务接待费年初预算为0.95万元，支出决算为0万元，完成预算的0.00%");
        assertThat(pdfText).contains("政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、政府采购工程支出0万元、政府采购服务支出246.47万元");
        assertThat(pdfText).contains("在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元");
        assertThat(pdfText).contains("在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额4.79万元");
        assertThat(pdfText).contains("授予中小企业合同金额合计251.26万元");
        assertThat(pdfText).contains("截至2024年12月31日，上海市普陀区财政局共有车辆0辆");
        assertThat(pdfText).contains("单价100万元（含）以上设备（不含车辆）2台（套）");
        assertThat(pdfText).contains("绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分");
        assertThat(pdfText).contains("绩效评级为“优”的项目4个");
        assertThat(pdfText).contains("机关运行经费支出184.65万元");
    }

    @Test
    void theHtmlAndTheWorkbookCarryTheSameTables() throws IOException {
        String html = new String(PUBLISH.html(imported), StandardCharsets.UTF_8);
        assertThat(html).containsSubsequence("<caption>表1 收入支出决算总表", "<th scope=\"col\" colspan=\"2\">收入</th>",
                "年初结转和结余", "<caption>表9 国有资本经营预算财政拨款收入支出决算表");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(PUBLISH.xlsx(imported)))) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).hasSizeGreaterThanOrEqualTo(10);
            Sheet summary = wb.getSheets().filter(s -> s.getName().equals("收入支出决算总表")).findFirst().orElseThrow();
            List<String> closing = new ArrayList<>();
            summary.openStream().forEach(r -> {
                if (r.getCellCount() > 1 && "年初结转和结余".equals(r.getCellText(0))) {
                    closing.add(r.getCellText(1));
                }
            });
            assertThat(closing).hasSize(1);
            assertThat(new BigDecimal(closing.get(0))).isEqualByComparingTo("49.14");
        }
    }

    @Test
    void theCanonicalFileRendersToTheSameFactsItHolds() {
        Disclosure read = CODEC.read(CODEC.write(imported, CanonicalFormat.YAML), "final.yaml", CanonicalFormat.YAML);
        Map<String, byte[]> data = PUBLISH.openData(read);

        // every amount of every 决算 table, closing lines included, once in long form with its column and phase
        List<List<String>> lines = OpenDataPackageTest.Csv.parse(new String(data.get("budget-lines.csv"), StandardCharsets.UTF_8));
        List<String> header = lines.get(0);
        int column = header.indexOf("column");
        int amount = header.indexOf("amount");
        int phase = header.indexOf("phase");
        int table = header.indexOf("table_number");
        int lineName = header.indexOf("line_name");
        for (BudgetTable t : read.tables()) {
            List<TableRow> rows = new ArrayList<>(t.rows());
            rows.addAll(t.incomeRows());
            for (TableRow r : rows) {
                r.amounts().forEach((c, a) -> assertThat(lines).as("%s %s %s", t.title(), r.name(), c)
                        .anySatisfy(l -> {
                            assertThat(l.get(table)).isEqualTo(t.number());
                            assertThat(l.get(lineName)).isEqualTo(r.name());
                            assertThat(l.get(column)).isEqualTo(c.name().toLowerCase(java.util.Locale.ROOT));
                            assertThat(new BigDecimal(l.get(amount))).isEqualByComparingTo(a.value());
                        }));
            }
        }
        // a 决算's amounts are executed, but for the 三公 table's 预算数 line
        assertThat(lines.stream().skip(1).filter(l -> !l.get(table).equals("7")).map(l -> l.get(phase)).distinct())
                .containsExactly("executed");
        assertThat(lines.stream().skip(1).filter(l -> l.get(table).equals("7")).map(l -> l.get(lineName) + " " + l.get(phase)).distinct())
                .containsExactly("预算数 approved");

        // every 决算-against-预算 line with the amounts the model holds and the rate and word they give
        List<List<String>> outturns = OpenDataPackageTest.Csv.parse(new String(data.get("outturns.csv"), StandardCharsets.UTF_8));
        List<String> h = outturns.get(0);
        List<Outturn> stated = read.finalAccounts().outturns();
        List<List<String>> lineRows = outturns.stream().filter(l -> l.get(0).equals("line")).toList();
        assertThat(lineRows).hasSameSizeAs(stated);
        for (int i = 0; i < stated.size(); i++) {
            Outturn o = stated.get(i);
            List<String> l = lineRows.get(i);
            assertThat(l.get(h.indexOf("code"))).isEqualTo(o.code());
            assertThat(new BigDecimal(l.get(h.indexOf("initial_budget")))).isEqualByComparingTo(o.budget().value());
            BigDecimal outturn = new BigDecimal(l.get(h.indexOf("outturn")));
            // the outturn is the table's line (表5) where the table has it: here every line is in 表5
            TableRow inTable = read.table(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE).orElseThrow().rows().stream()
                    .filter(r -> o.code().equals(r.code())).findFirst().orElseThrow();
            assertThat(outturn).isEqualByComparingTo(inTable.amount(Column.TOTAL).map(Amount::value).orElseThrow());
            BigDecimal rate = outturn.multiply(BigDecimal.valueOf(100)).divide(o.budget().value(), 2, RoundingMode.HALF_UP);
            assertThat(new BigDecimal(l.get(h.indexOf("completion_rate")))).isEqualByComparingTo(rate);
            int c = outturn.compareTo(o.budget().value());
            assertThat(l.get(h.indexOf("comparison"))).isEqualTo(c > 0 ? "大于" : c < 0 ? "小于" : "等于");
        }
        assertThat(outturns).anySatisfy(l -> {
            assertThat(l.get(0)).isEqualTo("three_public");
            assertThat(l.get(h.indexOf("code"))).isEqualTo("reception");
            assertThat(new BigDecimal(l.get(h.indexOf("initial_budget")))).isEqualByComparingTo("0.95");
        });
        assertThat(outturns).anySatisfy(l -> {
            assertThat(l.get(h.indexOf("code"))).isEqualTo("abroad");
            assertThat(l.get(h.indexOf("completion_rate"))).isEmpty();
        });
        assertThat(new String(data.get("datapackage.json"), StandardCharsets.UTF_8)).contains("\"outturns.csv\"");
    }

    @Test
    void theOpenDataPackageIsNamedAsFinalAccountsOfItsYear() {
        JsonNode pkg = JsonMapper.builder().build().readTree(PUBLISH.openData(imported).get("datapackage.json"));
        assertThat(pkg.get("name").asString()).isEqualTo("final-accounts-2024");
        assertThat(pkg.get("title").asString()).contains("决算");
        JsonNode lines = null;
        for (JsonNode r : pkg.get("resources")) {
            if (r.get("name").asString().equals("budget-lines")) {
                lines = r;
            }
        }
        assertThat(lines).isNotNull();
        assertThat(lines.get("title").asString()).startsWith("每张决算表");
    }

    @Test
    void theCanonicalFileAndTheImportedDocumentPublishAlike() throws IOException {
        Disclosure read = CODEC.read(CODEC.write(imported, CanonicalFormat.YAML), "final.yaml", CanonicalFormat.YAML);
        try (PDDocument doc = Loader.loadPDF(PUBLISH.pdf(read))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).isEqualTo(pdfText);
        }
    }
}
