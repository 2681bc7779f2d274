package org.gongkai.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not readable workbooks, or say nothing of their year, are one clear problem naming the file. */
class UnreadableWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void randomBytesAreNotAReadableWorkbook() throws IOException {
        byte[] noise = new byte[4096];
        new Random(2025).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.xlsx"), noise);

        assertNotAReadableWorkbook(file);
    }

    @Test
    void anEmptyFileIsNotAReadableWorkbook() throws IOException {
        assertNotAReadableWorkbook(Files.write(dir.resolve("empty.xlsx"), new byte[0]));
    }

    @Test
    void aRenamedTextFileIsNotAReadableWorkbook() throws IOException {
        assertNotAReadableWorkbook(Files.writeString(dir.resolve("notes.xlsx"), "2025年部门收支总表\n合计 100\n", StandardCharsets.UTF_8));
    }

    @Test
    void aFileOfAFewBytesIsNotAReadableWorkbook() throws IOException {
        assertNotAReadableWorkbook(Files.writeString(dir.resolve("short.xlsx"), "hello", StandardCharsets.UTF_8));
    }

    @Test
    void anOldOrEncryptedOfficeFileIsNotAReadableWorkbook() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        assertNotAReadableWorkbook(Files.write(dir.resolve("encrypted.xlsx"), ole2));
    }

    @Test
    void aZipThatIsNoWorkbookIsNotAReadableWorkbook() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertNotAReadableWorkbook(file);
    }

    @Test
    void aWorkbookWithoutAYearInItsTitlesIsUnusable() throws IOException {
        Path file = dir.resolve("no-year.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            var ws = wb.newWorksheet("表1");
            ws.value(0, 0, "部门收支总表");
            ws.value(1, 0, "项目");
            ws.value(1, 1, "合计");
            ws.value(2, 0, "合计");
            ws.value(2, 1, 100);
            wb.finish();
        }

        UnusableInputException e = catchThrowableOfType(() -> new XlsxImporter().read(file), UnusableInputException.class);

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.message()).contains("预算年度").contains(" / ").contains("no budget year");
        });
    }

    @Test
    void onlyXlsxFilesAreAccepted() {
        XlsxImporter importer = new XlsxImporter();
        assertThat(importer.accepts(Path.of("czj-2025.xlsx"))).isTrue();
        assertThat(importer.accepts(Path.of("out", "CZJ-2025.XLSX"))).isTrue();
        assertThat(importer.accepts(Path.of("czj-2025.xls"))).isFalse();
        assertThat(importer.accepts(Path.of("czj-2025.yaml"))).isFalse();
        assertThat(importer.accepts(Path.of("xlsx"))).isFalse();
    }

    private static void assertNotAReadableWorkbook(Path file) {
        UnusableInputException e = catchThrowableOfType(() -> new XlsxImporter().read(file), UnusableInputException.class);

        assertThat(e).as("UnusableInputException for " + file.getFileName()).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p).isEqualTo(new InputProblem(file.toString(), 0, 0, null, p.message()));
            assertThat(p.message()).contains("不是可读取的").contains(" / ").contains("not a readable workbook");
            assertThat(p.message()).doesNotContain("Exception").doesNotContain("\tat ");
        });
    }
}
