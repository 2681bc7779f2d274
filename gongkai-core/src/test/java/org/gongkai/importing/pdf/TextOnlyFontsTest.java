package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every character of every real PDF the project holds is placed the same with the fonts read for
 * their text only as with PDFBox's own fonts: the same Unicode, position, width, height, space
 * width and size, in the same order. Each document must also have read at least one font the light
 * way when it has a font of that kind (composite or simple TrueType), so the comparison cannot pass
 * by never using it.
 */
class TextOnlyFontsTest {

    static Stream<Path> pdfs() throws IOException {
        Path resources = PdfImporterCzjTest.resource("/corpus/jiangsu").getParent().getParent();
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void everyCharacterIsPlacedAsPdfBoxPlacesIt(Path pdf) throws IOException {
        Positions full = positions(pdf, false);
        Positions light = positions(pdf, true);
        assertThat(light.lines).as(pdf.toString()).isEqualTo(full.lines);
        if (full.compositeTrueType > 0) {
            assertThat(light.textOnly).as("composite fonts read for their text in " + pdf).isPositive();
        }
        if (full.simpleTrueType > 0) {
            assertThat(light.simpleTextOnly).as("simple fonts read for their text in " + pdf).isPositive();
        }
    }

    private record Positions(List<String> lines, int textOnly, int compositeTrueType, int simpleTextOnly, int simpleTrueType) {}

    private static Positions positions(Path pdf, boolean textOnly) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (textOnly) {
                TextOnlyFonts.use(document);
            }
            List<String> lines = new ArrayList<>();
            List<Object> fonts = new ArrayList<>();
            int[] counts = new int[4];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    lines.add(getCurrentPageNo() + " " + t.getUnicode() + " " + t.getXDirAdj() + " " + t.getYDirAdj() + " "
                            + t.getWidthDirAdj() + " " + t.getHeightDir() + " " + t.getWidthOfSpace() + " " + t.getFontSizeInPt());
                    if (fonts.stream().noneMatch(f -> f == t.getFont())) {
                        fonts.add(t.getFont());
                        counts[0] += t.getFont() instanceof TextOnlyCidFont ? 1 : 0;
                        counts[1] += t.getFont() instanceof org.apache.pdfbox.pdmodel.font.PDType0Font f
                                && f.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 ? 1 : 0;
                        counts[2] += t.getFont() instanceof TextOnlySimpleFont ? 1 : 0;
                        counts[3] += t.getFont() instanceof org.apache.pdfbox.pdmodel.font.PDTrueTypeFont ? 1 : 0;
                    }
                    super.processTextPosition(t);
                }
            };
            stripper.setSortByPosition(true);
            stripper.writeText(document, new StringWriter());
            return new Positions(lines, counts[0], counts[1], counts[2], counts[3]);
        }
    }
}
