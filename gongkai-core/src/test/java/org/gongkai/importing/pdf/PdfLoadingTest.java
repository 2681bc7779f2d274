package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.importing.ReadLimits;
import org.gongkai.importing.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit of {@link ReadLimits} that the PDF reader applies, on a file just over it. */
class PdfLoadingTest {

    @TempDir
    Path dir;

    private static ReadLimits limits(int pages, long characters, Duration time) {
        ReadLimits s = ReadLimits.standard();
        return new ReadLimits(pages, s.maxStreamBytes(), s.maxDecompressedBytes(), s.maxInflateRatio(), s.maxEntries(),
                characters, s.maxCells(), s.maxMemoryBytes(), time);
    }

    private Path pagesOfText(int pages, String text) throws IOException {
        Path file = dir.resolve(pages + "-pages.pdf");
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                d.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(d, page)) {
                    c.beginText();
                    c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    c.newLineAtOffset(72, 700);
                    c.showText(text);
                    c.endText();
                }
            }
            d.save(file.toFile());
        }
        return file;
    }

    @Test
    void readsAFileWithinEveryLimit() throws IOException {
        Path file = pagesOfText(3, "within");
        assertThat(PdfLoading.lines(file, limits(3, 18, Duration.ofSeconds(20))))
                .extracting(PdfLine::text).containsExactly("within", "within", "within");
    }

    @Test
    void refusesMorePagesThanTheLimit() throws IOException {
        Path file = pagesOfText(4, "page");
        assertThatThrownBy(() -> PdfLoading.lines(file, limits(3, 1_000, Duration.ofSeconds(20))))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("claims 4 pages, more than the limit of 3");
    }

    @Test
    void refusesMorePagesThanTheLimitWhenThePageTreeUnderstatesThem() throws IOException {
        Path file = new HandWrittenPdf()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R 6 0 R] /Count 1 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
                .write(dir.resolve("understated.pdf"));
        assertThatThrownBy(() -> PdfLoading.lines(file, limits(3, 1_000, Duration.ofSeconds(20))))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("the PDF has more pages than the limit of 3");
    }

    @Test
    void refusesATextLayerLongerThanTheLimit() throws IOException {
        Path file = pagesOfText(2, "ten chars!");
        assertThatThrownBy(() -> PdfLoading.lines(file, limits(10, 15, Duration.ofSeconds(20))))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("longer than the limit of 15 characters");
    }

    @Test
    void refusesAFileThatTakesLongerThanItsTime() throws IOException {
        Path file = pagesOfText(1, "slow");
        assertThatThrownBy(() -> PdfLoading.lines(file, limits(10, 1_000, Duration.ZERO)))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("reading took longer than the limit");
    }
}
