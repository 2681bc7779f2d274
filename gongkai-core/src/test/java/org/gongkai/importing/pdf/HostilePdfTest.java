package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gongkai.importing.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small files built to exhaust a reader (issue 14, item 1) are refused within seconds with one
 * problem naming the file, as the command line and the server read them through the importer.
 */
class HostilePdfTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private UnusableInputException importing(Path file) {
        return assertTimeoutPreemptively(WITHIN,
                () -> catchThrowableOfType(UnusableInputException.class, () -> new PdfImporter().read(file)));
    }

    private static void assertRefused(UnusableInputException e, Path file, String says) {
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.message()).contains(" / ").contains(says).doesNotContain("Exception");
        });
    }

    @Test
    void aPageTreeClaimingTwoBillionPagesIsRefusedBeforeAnyPageIsRead() throws IOException {
        Path file = new HandWrittenPdf()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
                .write(dir.resolve("claims-two-billion-pages.pdf"));
        assertThat(Files.size(file)).isLessThan(1_000);

        assertRefused(importing(file), file, "claims 2147483647 pages, more than the limit of 2000");
    }

    @Test
    void aFlateBombIsRefusedByItsDecompressedSize() throws IOException {
        byte[] bomb = HandWrittenPdf.deflated(100L << 20, (byte) ' ');
        Path file = new HandWrittenPdf()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>")
                .stream("/Filter /FlateDecode", bomb)
                .write(dir.resolve("flate-bomb.pdf"));
        assertThat(Files.size(file)).isLessThan(1_000_000);

        assertRefused(importing(file), file, "larger than the limit of 64 MB once decompressed");
    }

    @Test
    void manyStreamsInflatingWithinTheirOwnLimitAreRefusedTogether() throws IOException {
        byte[] part = HandWrittenPdf.deflated(60L << 20, (byte) ' ');
        HandWrittenPdf pdf = new HandWrittenPdf()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 5 0 R 6 0 R 7 0 R 8 0 R] >>");
        for (int i = 0; i < 5; i++) {
            pdf.stream("/Filter /FlateDecode", part);
        }
        Path file = pdf.write(dir.resolve("five-bombs.pdf"));

        assertRefused(importing(file), file, "the file is larger than the limit of 256 MB once decompressed");
    }

    @Test
    void aCharacterMapDeclaringFourBillionCodesIsRefusedBeforeItIsParsed() throws IOException {
        // PDFBox makes one mapping per code of a range in one step: this range held the reader for minutes
        String cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00000000> <FFFFFFFF>"
                + " endcodespacerange 1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange endcmap end end";
        Path file = new HandWrittenPdf()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
                .stream("", "BT /F1 12 Tf 72 700 Td (2025) Tj ET".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>")
                .stream("", cmap.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .write(dir.resolve("cmap-range-bomb.pdf"));
        assertThat(Files.size(file)).isLessThan(1_000);

        assertRefused(importing(file), file, "declares more codes than the limit of 1048576");
    }

    @Test
    void theCodesOfACharacterMapAreCountedOverItsRangeBlocks() {
        assertThat(CMapRanges.codes("2 beginbfrange <0000> <00FF> <0041> <0100> <0101> [<0042> <0043>] endbfrange"
                + " 1 begincidrange <0000> <FFFF> 0 endcidrange 1 beginbfchar <0001> <0041> endbfchar")).isEqualTo(256 + 2 + 65536);
        assertThat(CMapRanges.codes("1 beginbfrange <00FF> <0000> <0041> endbfrange")).as("an empty range").isZero();
    }
}
