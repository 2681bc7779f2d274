package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.gongkai.importing.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no readable budget PDF: one clear problem naming the file, no stack trace. */
class PdfImporterBadInputTest {

    @TempDir
    Path dir;

    private UnusableInputException importing(Path file) {
        return catchThrowableOfType(UnusableInputException.class, () -> new PdfImporter().read(file));
    }

    private void assertOneProblem(UnusableInputException e, Path file, String says) {
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isZero();
            assertThat(p.pointer()).isNull();
            assertThat(p.message()).contains(" / ").contains(says).doesNotContain("Exception").doesNotContain("\tat ");
        });
    }

    @Test
    void randomBytesAreNoPdf() throws IOException {
        Path file = dir.resolve("random.pdf");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        assertOneProblem(importing(file), file, "cannot read the PDF");
    }

    @Test
    void anEmptyFileIsNoPdf() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.pdf"));
        assertOneProblem(importing(file), file, "cannot read the PDF");
    }

    @Test
    void aPdfWithAPasswordIsEncrypted() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            d.protect(policy);
            d.save(file.toFile());
        }
        assertOneProblem(importing(file), file, "encrypted");
    }

    @Test
    void aPdfWithoutBudgetTablesIsReportedAsSuch() throws IOException {
        Path file = dir.resolve("blank.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.save(file.toFile());
        }
        assertOneProblem(importing(file), file, "no budget table found");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.pdf");
        assertOneProblem(importing(file), file, "no such file");
    }

    @Test
    void onlyPdfFilesAreAccepted() {
        assertThat(new PdfImporter().accepts(Path.of("a/b/budget.PDF"))).isTrue();
        assertThat(new PdfImporter().accepts(Path.of("budget.xlsx"))).isFalse();
    }
}
