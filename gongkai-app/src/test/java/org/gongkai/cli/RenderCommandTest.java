package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderCommandTest {

    private static final String SEED = "../examples/linxi-kexie-2020.yaml";

    private static int gongkai(StringWriter err, String... args) {
        return Gongkai.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @ParameterizedTest
    @CsvSource({"html, seed.html, <!DOCTYPE html>", "pdf, seed.pdf, %PDF-", "xlsx, seed.xlsx, PK"})
    void writesEachFormat(String to, String name, String magic, @TempDir Path dir) throws Exception {
        Path out = dir.resolve(name);
        assertThat(gongkai(new StringWriter(), "render", SEED, "--to", to, "-o", out.toString())).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, magic.length(), java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(magic);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).as("no partial file left").containsExactly(name);
        }
    }

    @Test
    void writesTheOpenDataFolder(@TempDir Path dir) {
        Path out = dir.resolve("open");
        assertThat(gongkai(new StringWriter(), "render", SEED, "--to", "opendata", "-o", out.toString())).isZero();
        assertThat(out.resolve("datapackage.json")).exists();
        assertThat(out.resolve("disclosure.json")).exists();
        assertThat(out.resolve("statement-figures.csv")).exists();
    }

    @Test
    void refusesUnusableInputWithItsPlaceAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "document: {title: x}\n");
        StringWriter err = new StringWriter();
        assertThat(gongkai(err, "render", bad.toString(), "--to", "pdf", "-o", dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml:1:");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
