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
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement published as PDF without its tables: the seed's text printed line for line on A4
 * pages (as its PDF carried it), read back through the PDF's text layer.
 */
class PdfStatementImportTest {

    @Test
    void theSeedStatementPrintedAsPdfImportsIntoTheExample(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("seed-statement.pdf");
        printLines(Examples.seedText(), pdf);
        ImportResult result = new PdfImporter().read(pdf);
        CanonicalCodec codec = new CanonicalCodec();
        assertThat(codec.write(result.disclosure(), CanonicalFormat.YAML))
                .isEqualTo(codec.write(Examples.seed(), CanonicalFormat.YAML));
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.placeOf("/performance/projects/6/indicators/1/value")).matches("page \\d+, line \\d+");
    }

    /** Prints each non-blank line of the text as a line of a PDF page, fonts embedded. */
    private static void printLines(String text, Path out) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><style>@page { size: A4; margin: 15mm; } "
                + "body { font-family: 'DejaVu Sans', 'Droid Sans Fallback'; font-size: 9pt; } div { white-space: pre; }"
                + "</style></head><body>");
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                html.append("<div>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</div>");
            }
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

    private static InputStream font(String name) {
        try (InputStream in = PdfStatementImportTest.class.getResourceAsStream("/org/gongkai/rendering/fonts/" + name)) {
            return new ByteArrayInputStream(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
