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
}
