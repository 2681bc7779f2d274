package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.ReadLimits;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Indicator;
import org.gongkai.model.ProjectTarget;
import org.gongkai.rendering.PdfRenderer;
import org.gongkai.rendering.StatementComposer;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project target tables read back from PDF: the seed's seven projects and 44 indicator rows
 * printed as ruled tables whose 一级 and 二级 cells span their rows (text in the middle of the span),
 * and as an unruled listing with every cell printed beside its row's first line.
 */
class IndicatorTablesTest {

    /** Rows of the 44 read exactly today (a floor, raised as the reader improves). */
    private static final int SEED_FLOOR = 28;
    private static final int UNRULED_FLOOR = 40;
    private static final int RULED_FLOOR = 42;

    private static final Template SHANGHAI = new Template(TemplateFamilies.standard(),
            ProfileLibrary.standard().profile("shanghai-2025").orElseThrow());

    @Test
    void readsTheSeedsTargetTablesFromOurOwnPdf(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("seed.pdf");
        var seed = Examples.seed();
        Files.write(pdf, PdfRenderer.pdf(StatementComposer.compose(seed,
                ProfileLibrary.standard().profile(seed.document().profile()).orElseThrow())));
        List<Unplaced> unplaced = new ArrayList<>();
        List<IndicatorTables.Read> read = IndicatorTables.read(PdfLoading.lines(pdf, ReadLimits.standard()), SHANGHAI, unplaced);

        assertSameTargets(read, seed.performance().projects(), SEED_FLOOR);
    }

    @Test
    void readsAnUnruledTableWithEveryCellBesideItsRowsFirstLine(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("plain.pdf");
        List<ProjectTarget> projects = Examples.seed().performance().projects();
        print(projects, pdf, false);
        List<Unplaced> unplaced = new ArrayList<>();
        List<IndicatorTables.Read> read = IndicatorTables.read(PdfLoading.lines(pdf, ReadLimits.standard()), SHANGHAI, unplaced);

        assertSameTargets(read, projects, UNRULED_FLOOR);
    }

    @Test
    void readsARuledTableWithLevelsSpanningTheirRows(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("ruled.pdf");
        List<ProjectTarget> projects = Examples.seed().performance().projects();
        print(projects, pdf, true);
        List<Unplaced> unplaced = new ArrayList<>();
        List<IndicatorTables.Read> read = IndicatorTables.read(PdfLoading.lines(pdf, ReadLimits.standard()), SHANGHAI, unplaced);

        assertSameTargets(read, projects, RULED_FLOOR);
    }

    /**
     * Every project found, named and with its goal, and at least {@code floor} of its indicator rows
     * read exactly (levels, name, description, value, basis); returns how many were.
     */
    private static int assertSameTargets(List<IndicatorTables.Read> read, List<ProjectTarget> expected, int floor) {
        assertThat(read).extracting(r -> r.target().name())
                .containsExactlyElementsOf(expected.stream().map(t -> t.name().replace(" ", "")).toList());
        assertThat(read).extracting(r -> r.target().goal())
                .containsExactlyElementsOf(expected.stream().map(t -> t.goal() == null ? null : t.goal().replace(" ", "")).toList());
        int exact = 0;
        int total = 0;
        for (int p = 0; p < expected.size(); p++) {
            List<ProjectTargetRow> want = expected.get(p).indicators().stream().map(ProjectTargetRow::of).toList();
            List<ProjectTargetRow> got = read.get(p).target().indicators().stream().map(ProjectTargetRow::of).toList();
            total += want.size();
            for (ProjectTargetRow row : got) {
                exact += want.contains(row) ? 1 : 0;
            }
        }
        System.out.println("floor " + floor + ": " + exact + " of " + total + " indicator rows read exactly");
        assertThat(exact).as("indicator rows read exactly, of " + total).isGreaterThanOrEqualTo(floor);
        return exact;
    }

    /** A row compared as printed: spaces do not survive a PDF's text layer. */
    record ProjectTargetRow(String level1, String level2, String name, String description, String value, String basis) {
        static ProjectTargetRow of(Indicator i) {
            return new ProjectTargetRow(bare(i.level1()), bare(i.level2()), bare(i.name()), bare(i.description()),
                    i.value() == null ? null : bare(i.value().text()), bare(i.basis()));
        }

        private static String bare(String s) {
            return s == null || s.isBlank() ? null : s.replaceAll("\\s", "");
        }
    }

    /** Prints the projects' tables as HTML through PDF: ruled with spanning levels, or a plain listing. */
    private static void print(List<ProjectTarget> projects, Path out, boolean ruled) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><style>@page { size: A4 landscape; margin: 15mm; } "
                + "body { font-family: 'DejaVu Sans', 'Droid Sans Fallback'; font-size: 9pt; } table { border-collapse: collapse; width: 100%; }"
                + (ruled ? "td, th { border: 1px solid black; padding: 4px; vertical-align: middle; }"
                        : "td, th { padding: 1px 4px; vertical-align: top; }")
                + "</style></head><body>");
        for (int p = 0; p < projects.size(); p++) {
            ProjectTarget t = projects.get(p);
            html.append("<p>").append(p + 1).append("、").append(escape(t.name())).append("绩效目标表</p>");
            if (t.goal() != null) {
                html.append("<p>绩效目标：").append(escape(t.goal())).append("</p>");
            }
            html.append("<table><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标内容</th><th>指标值</th>"
                    + "<th>指标值确定依据</th></tr></thead><tbody>");
            List<Indicator> rows = t.indicators();
            for (int i = 0; i < rows.size(); i++) {
                Indicator in = rows.get(i);
                html.append("<tr>");
                boolean newFirst = i == 0 || !rows.get(i - 1).level1().equals(in.level1());
                boolean newSecond = newFirst || !rows.get(i - 1).level2().equals(in.level2());
                if (!ruled) {
                    html.append(cell(newFirst ? in.level1() : "", 1)).append(cell(newSecond ? in.level2() : "", 1));
                } else {
                    if (newFirst) {
                        html.append(cell(in.level1(), span(rows, i, true)));
                    }
                    if (newSecond) {
                        html.append(cell(in.level2(), span(rows, i, false)));
                    }
                }
                html.append(cell(in.name(), 1)).append(cell(in.description(), 1))
                        .append(cell(in.value() == null ? "" : in.value().text(), 1)).append(cell(in.basis(), 1));
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</body></html>");
        XRLog.setLoggingEnabled(false);
        try (OutputStream os = Files.newOutputStream(out)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans");
            b.useFont(() -> font("DroidSansFallbackFull.ttf"), "Droid Sans Fallback");
            b.withHtmlContent(html.toString(), null);
            b.toStream(os);
            b.run();
        }
    }

    private static int span(List<Indicator> rows, int i, boolean firstOnly) {
        int n = 1;
        while (i + n < rows.size() && rows.get(i + n).level1().equals(rows.get(i).level1())
                && (firstOnly || rows.get(i + n).level2().equals(rows.get(i).level2()))) {
            n++;
        }
        return n;
    }

    private static String cell(String text, int rows) {
        return "<td" + (rows > 1 ? " rowspan=\"" + rows + "\"" : "") + ">" + escape(text == null ? "" : text) + "</td>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static InputStream font(String name) {
        try (InputStream in = IndicatorTablesTest.class.getResourceAsStream("/org/gongkai/rendering/fonts/" + name)) {
            return new ByteArrayInputStream(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
