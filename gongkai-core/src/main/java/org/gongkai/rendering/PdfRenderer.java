package org.gongkai.rendering;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;

/**
 * The statement as an A4 PDF: the printable XHTML page drawn by openhtmltopdf on PDFBox, with a
 * Latin and a CJK TrueType font embedded (no system font needed), page numbers, table headers
 * repeated across pages, bookmarks per section and document metadata.
 */
public final class PdfRenderer {

    private static final String FONTS = "/org/gongkai/rendering/fonts/";

    private PdfRenderer() {}

    public static byte[] pdf(Layout.Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        pdf(doc, out);
        return out.toByteArray();
    }

    static {
        // the renderer's own progress messages would only clutter a command line
        XRLog.setLoggingEnabled(false);
    }

    public static void pdf(Layout.Document doc, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DroidSansFallbackFull.ttf"), "Droid Sans Fallback", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DroidSansFallbackFull.ttf"), "Droid Sans Fallback", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(HtmlRenderer.printable(doc), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font files, read from the jar once (the CJK font alone is 4 MB). */
    private static final java.util.Map<String, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private static InputStream font(String name) {
        byte[] bytes = FONT_BYTES.computeIfAbsent(name, n -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + n)) {
                if (in == null) {
                    throw new IllegalStateException("missing font " + n);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new java.io.ByteArrayInputStream(bytes);
    }
}
