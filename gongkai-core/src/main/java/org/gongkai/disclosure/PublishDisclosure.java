package org.gongkai.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.TemplateProfile;
import org.gongkai.rendering.HtmlRenderer;
import org.gongkai.rendering.Layout;
import org.gongkai.rendering.OpenDataRenderer;
import org.gongkai.rendering.PdfRenderer;
import org.gongkai.rendering.StatementComposer;
import org.gongkai.rendering.XlsxRenderer;

/**
 * The use case behind {@code gongkai render} and the server's downloads: a disclosure published
 * as HTML, PDF, XLSX or an open-data package, all from one layout of one model. Output is written
 * to a temporary file or folder first and moved into place, so a failed render leaves nothing
 * half-written.
 */
public final class PublishDisclosure {

    /** The formats a disclosure is published in. */
    public enum Format {
        HTML, PDF, XLSX, OPENDATA;

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final CanonicalCodec codec;
    private final Function<String, TemplateProfile> profiles;

    public PublishDisclosure(CanonicalCodec codec, Function<String, TemplateProfile> profiles) {
        this.codec = codec;
        this.profiles = profiles;
    }

    public Layout.Document layout(Disclosure d) {
        return StatementComposer.compose(d, profiles.apply(d.document().profile()));
    }

    public byte[] html(Disclosure d) {
        return HtmlRenderer.html(layout(d)).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(Disclosure d) {
        return PdfRenderer.pdf(layout(d));
    }

    public byte[] xlsx(Disclosure d) {
        return XlsxRenderer.xlsx(StatementComposer.forWorkbook(layout(d), d));
    }

    /** The open-data package: CSVs, datapackage.json and the canonical JSON of the disclosure. */
    public Map<String, byte[]> openData(Disclosure d) {
        Map<String, byte[]> files = new LinkedHashMap<>(OpenDataRenderer.files(d, profiles.apply(d.document().profile())));
        files.put("disclosure.json", codec.write(d, CanonicalFormat.JSON).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Writes the disclosure in the format to {@code out} (a file, or a folder for open data). */
    public void write(Disclosure d, Format format, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (format == Format.OPENDATA) {
                Path staging = parent.resolve("." + out.getFileName() + ".part");
                if (Files.exists(staging)) {
                    deleteTree(staging);
                }
                Files.createDirectories(staging);
                for (Map.Entry<String, byte[]> e : openData(d).entrySet()) {
                    Path f = staging.resolve(e.getKey());
                    Files.createDirectories(f.getParent());
                    Files.write(f, e.getValue());
                }
                if (Files.exists(out)) {
                    deleteTree(out);
                }
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            byte[] bytes = switch (format) {
                case HTML -> html(d);
                case PDF -> pdf(d);
                case XLSX -> xlsx(d);
                case OPENDATA -> throw new IllegalStateException();
            };
            Path staging = parent.resolve("." + out.getFileName() + ".part");
            Files.write(staging, bytes);
            Files.move(staging, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
