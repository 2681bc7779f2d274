package org.gongkai.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;

/**
 * The files a disclosure is published as: the HTML page, the PDF, the workbook, the open-data
 * package as one zip, and the canonical JSON. Named {@code gongkai-YEAR-CODE.ext} (ASCII, so that
 * every browser and script saves them under the same name).
 */
public final class PublishedFiles implements Function<Disclosure, List<Workflow.Rendered>> {

    private final PublishDisclosure publish;
    private final CanonicalCodec codec;

    public PublishedFiles(PublishDisclosure publish, CanonicalCodec codec) {
        this.publish = publish;
        this.codec = codec;
    }

    @Override
    public List<Workflow.Rendered> apply(Disclosure d) {
        // a department's budget and 决算 of a year are downloaded side by side: their names differ
        String base = "gongkai-" + d.document().fiscalYear() + "-"
                + (d.department().code() == null ? "department" : d.department().code().replaceAll("[^0-9A-Za-z._-]", "_"))
                + (d.document().kind().isFinalAccounts() ? "-final-accounts" : "");
        return List.of(
                new Workflow.Rendered("html", base + ".html", "text/html;charset=UTF-8", publish.html(d)),
                new Workflow.Rendered("pdf", base + ".pdf", "application/pdf", publish.pdf(d)),
                new Workflow.Rendered("xlsx", base + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", publish.xlsx(d)),
                new Workflow.Rendered("opendata", base + "-opendata.zip", "application/zip", zip(publish.openData(d))),
                new Workflow.Rendered("json", base + ".json", "application/json",
                        codec.write(d, CanonicalFormat.JSON).getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
