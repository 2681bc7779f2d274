package org.gongkai.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.importing.ReadLimits;
import org.gongkai.importing.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks built to exhaust the reader (issue 14, item 1): refused within seconds with one problem
 * naming the file, whatever sizes the zip declares.
 */
class HostileWorkbookTest {

    @TempDir
    Path dir;

    /** A small real workbook: one sheet with a title and a few numbers. */
    private Path workbook(String name, int rows) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("表");
            ws.value(0, 0, "2025年部门收支总表");
            for (int r = 1; r <= rows; r++) {
                ws.value(r, 0, "行" + r);
                ws.value(r, 1, r);
            }
            wb.finish();
        }
        return file;
    }

    /** The workbook with {@code padding} bytes written into its sheet's data by {@code fill}. */
    private Path padded(Path workbook, String name, long padding, PaddingWriter fill) throws IOException {
        Path file = dir.resolve(name);
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] part;
                try (InputStream content = in.getInputStream(e)) {
                    part = content.readAllBytes();
                }
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    fill.write(out, padding);
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(part);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    interface PaddingWriter {
        void write(OutputStream out, long bytes) throws IOException;
    }

    private static void spaces(OutputStream out, long bytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        for (long left = bytes; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    /** XML comments of random letters: compress about 1.6 times, so only the sizes can stop them. */
    private static void randomComments(OutputStream out, long bytes) throws IOException {
        Random random = new Random(14);
        byte[] chunk = new byte[1 << 16];
        for (long left = bytes; left > 0; left -= chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) ('a' + random.nextInt(26));
            }
            out.write("<!--".getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("-->".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static ReadLimits limits(long part, long total, int cells) {
        ReadLimits s = ReadLimits.standard();
        return new ReadLimits(s.maxPages(), part, total, s.maxInflateRatio(), s.maxEntries(), s.maxCharacters(), cells,
                s.maxMemoryBytes(), s.timeBudget());
    }

    @Test
    void aZipBombIsRefusedByHowFarItInflates() throws IOException {
        Path file = padded(workbook("plain.xlsx", 3), "bomb.xlsx", 300L << 20, HostileWorkbookTest::spaces);
        assertThat(Files.size(file)).isLessThan(1_000_000);

        UnusableInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(UnusableInputException.class, () -> new XlsxImporter().read(file)));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.message()).contains("the workbook part xl/worksheets/sheet1.xml inflates more than 200 times");
        });
    }

    @Test
    void aPartLargerThanItsLimitIsRefusedWhateverItsRatio() throws IOException {
        Path file = padded(workbook("plain.xlsx", 3), "large.xlsx", 3L << 20, HostileWorkbookTest::randomComments);
        assertThatThrownBy(() -> WorkbookLoader.load(file, limits(2L << 20, 100L << 20, 1_000)))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("the workbook part xl/worksheets/sheet1.xml is larger than the limit of 2 MB");
    }

    @Test
    void partsWithinTheirLimitAreRefusedTogether() throws IOException {
        Path file = padded(workbook("plain.xlsx", 3), "large.xlsx", 3L << 20, HostileWorkbookTest::randomComments);
        assertThatThrownBy(() -> WorkbookLoader.load(file, limits(10L << 20, 2L << 20, 1_000)))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("the file is larger than the limit of 2 MB once decompressed");
    }

    @Test
    void moreCellsThanTheLimitAreRefused() throws IOException {
        Path file = workbook("many.xlsx", 60);
        assertThatThrownBy(() -> WorkbookLoader.load(file, limits(10L << 20, 100L << 20, 100)))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("the workbook has more than 100 cells");
        assertThat(WorkbookLoader.load(file, limits(10L << 20, 100L << 20, 121))).hasSize(1);
    }
}
