package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.importing.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PrintedTwice} keeps and drops the glyphs PDFBox's text stripper keeps and drops with its own
 * check for text printed twice over: on pages made to test it (glyphs printed again at distances
 * around the tolerance, in several sizes, two pages so that a page starts afresh, an /ActualText
 * span) and on every PDF the project holds.
 */
class PrintedTwiceTest {

    @TempDir
    Path dir;

    @Test
    void readsABoldedHeadingOnce() throws IOException {
        // 年度预算 printed three times a quarter point apart, as a word processor makes bold, then once more far off
        Path pdf = page(List.of(
                glyphs("(Budget) Tj", 12, 100, 700), glyphs("(Budget) Tj", 12, 100.25f, 700),
                glyphs("(Budget) Tj", 12, 100.5f, 700.25f), glyphs("(Budget) Tj", 12, 300, 700)));
        List<PdfLine> lines = PdfLoading.lines(pdf, ReadLimits.standard());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).text()).isEqualTo("Budget Budget");
        assertThat(kept(pdf, true)).isEqualTo(kept(pdf, false)).hasSize(1 + 12); // the page, two words
    }

    @Test
    void readsEveryGlyphOfAnActualTextSpanAsTheStripperDoes() throws IOException {
        // inside /ActualText the stripper does not look for repeats, nor keep the glyphs for later ones
        Path pdf = page(List.of("/Span << /ActualText (Budget) >> BDC " + glyphs("(Budget) Tj", 12, 100, 700) + " "
                + glyphs("(Budget) Tj", 12, 100, 700) + " EMC", glyphs("(Budget) Tj", 12, 100, 700)));
        List<PdfLine> lines = PdfLoading.lines(pdf, ReadLimits.standard());
        assertThat(lines).hasSize(1);
        // the span's first glyph carries its text, the others none; the plain copy on top of them is kept,
        // glyph by glyph as the stripper spaces it after the span (dropped, it would leave "Budget" alone)
        assertThat(lines.get(0).text()).isEqualTo("Budget B u d g e t");
        assertThat(kept(pdf, true)).isEqualTo(kept(pdf, false)).hasSize(1 + 18);
    }

    @Test
    void dropsWhatTheStripperDropsAmongGlyphsPrintedCloseTogether() throws IOException {
        Random random = new Random(20261202);
        List<String> pages = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                String text = "(" + "AB1,".charAt(random.nextInt(4)) + ") Tj";
                float size = new float[] {6, 9, 12, 24}[random.nextInt(4)];
                float x = 100 + random.nextInt(40) * 0.75f;
                float y = 500 + random.nextInt(12) * 0.5f;
                parts.add(glyphs(text, size, x, y));
            }
            parts.add("/Span << /ActualText (A) >> BDC " + glyphs("(A) Tj", 12, 100, 500) + " " + glyphs("(A) Tj", 12, 100, 500) + " EMC");
            parts.add(glyphs("(A) Tj", 12, 100, 500));
            pages.add(String.join("\n", parts));
        }
        Path pdf = pages(pages);
        List<String> pdfBox = kept(pdf, false);
        assertThat(kept(pdf, true)).isEqualTo(pdfBox);
        assertThat(pdfBox.size()).as("some glyphs are dropped, many kept").isBetween(100, 1000);
    }

    /**
     * Every PDF the project holds but the fuzzing inputs: those are made to be slow or broken (a CMap of
     * millions of ranges takes PDFBox over a minute), hold no text printed twice, and are
     * {@code TextOnlyFontsTest}'s and {@code HostilePdfTest}'s to read.
     */
    static java.util.stream.Stream<Path> documents() throws IOException {
        return TextOnlyFontsTest.pdfs().filter(p -> !p.toString().contains("/fuzz/"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void keepsWhatTheStripperKeepsInEveryDocument(Path pdf) throws IOException {
        assertThat(kept(pdf, true)).as(pdf.toString()).isEqualTo(kept(pdf, false));
    }

    /**
     * The glyphs the stripper keeps, with their places, page by page: with its own check or, when
     * {@code ours}, with the check switched off and {@link PrintedTwice} in front of it as PdfWords has it.
     */
    private static List<String> kept(Path pdf, boolean ours) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            TextOnlyFonts.use(document); // the fonts as PdfWords reads them, and quickly: the glyphs are what is compared
            List<String> glyphs = new ArrayList<>();
            PrintedTwice printedTwice = new PrintedTwice();
            PDFTextStripper stripper = new PDFTextStripper() {
                private boolean inActualText;

                @Override
                protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
                    printedTwice.clear();
                    glyphs.add("page");
                    super.startPage(page);
                }

                @Override
                public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag,
                        org.apache.pdfbox.cos.COSDictionary properties) {
                    inActualText = properties != null && properties.getString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT) != null;
                    super.beginMarkedContentSequence(tag, properties);
                }

                @Override
                public void endMarkedContentSequence() {
                    inActualText = false;
                    super.endMarkedContentSequence();
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    if (ours && !inActualText && printedTwice.repeats(text)) {
                        return;
                    }
                    super.processTextPosition(text);
                }

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        glyphs.add(t.getUnicode() + "@" + t.getX() + "," + t.getY());
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setSuppressDuplicateOverlappingText(!ours);
            stripper.writeText(document, new StringWriter());
            return glyphs;
        }
    }

    private static String glyphs(String show, float size, float x, float y) {
        return String.format(Locale.ROOT, "BT /F1 %s Tf 1 0 0 1 %s %s Tm %s ET", size, x, y, show);
    }

    private Path page(List<String> parts) throws IOException {
        return pages(List.of(String.join("\n", parts)));
    }

    /** A PDF of one page per content stream given, the text set in Helvetica. */
    private Path pages(List<String> contents) throws IOException {
        HandWrittenPdf pdf = new HandWrittenPdf();
        int first = 3;
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < contents.size(); i++) {
            kids.append(first + 2 * i).append(" 0 R ");
        }
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [" + kids + "] /Count " + contents.size() + " >>");
        int font = first + 2 * contents.size();
        for (int i = 0; i < contents.size(); i++) {
            pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + (first + 2 * i + 1)
                    + " 0 R /Resources << /Font << /F1 " + font + " 0 R >> >> >>");
            pdf.stream("", contents.get(i).getBytes(StandardCharsets.ISO_8859_1));
        }
        pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.write(dir.resolve("printed-twice-" + contents.size() + "-" + contents.get(0).length() + ".pdf"));
    }
}
