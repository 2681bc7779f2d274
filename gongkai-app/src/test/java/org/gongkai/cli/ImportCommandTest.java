package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @Test
    void writesTheCanonicalFileOfWhatItReads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seed.json");
        int exit = Gongkai.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "import", "../examples/linxi-kexie-2020.yaml", "-o", out.toString());
        assertThat(exit).isZero();
        assertThat(Files.readString(out)).contains("\"name\" : \"临西县科学技术协会\"");
    }

    @Test
    void namesAnUnsupportedFileType(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("statement.docx");
        Files.writeString(doc, "x");
        StringWriter err = new StringWriter();
        int exit = Gongkai.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "import", doc.toString(), "-o", dir.resolve("x.yaml").toString(), "--lang", "en");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("statement.docx").contains(".docx");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }
}
