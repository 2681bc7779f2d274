package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run the launcher records its class-data archive from: it validates and renders a document
 * in every format, so that later commands start with their classes already parsed and verified.
 */
public final class Training {

    private Training() {}

    public static void main(String[] args) {
        try {
            Path out = Files.createTempDirectory("gongkai-training");
            PrintWriter sink = new PrintWriter(new StringWriter());
            Gongkai.run(sink, sink, "validate", args[0], "--format", "json");
            for (String to : new String[] {"html", "pdf", "xlsx", "opendata"}) {
                Gongkai.run(sink, sink, "render", args[0], "--to", to, "-o", out.resolve("out." + to).toString());
            }
            try (var walk = Files.walk(out)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
