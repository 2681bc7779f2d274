package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityCommandTest {

    private static final Path CORPUS = Path.of("../gongkai-core/src/test/resources/corpus");

    @Test
    void comparesEachDocumentWithItsGolden(@TempDir Path dir) throws Exception {
        Files.copy(CORPUS.resolve("shanghai/shanghai-czj-2025-unit-budget.pdf"), dir.resolve("shanghai-czj-2025-unit-budget.pdf"));
        StringWriter out = new StringWriter();
        int exit = Gongkai.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "fidelity", "--golden", CORPUS.resolve("golden").toString(), dir.toString());
        assertThat(exit).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).contains("lines read/printed\tkey figures matched");
        String[] row = lines[1].split("\t", -1);
        assertThat(row[0]).endsWith("shanghai-czj-2025-unit-budget.pdf");
        assertThat(row[6]).as("printed lines read, of the golden's 132").isEqualTo("132/132");
        assertThat(row[7]).as("key figures matched").isEqualTo("35/35");
        assertThat(Long.parseLong(row[11])).as("the document's own time").isPositive();
    }

    @Test
    void withoutAGoldenSaysNothingOfPrintedLines(@TempDir Path dir) throws Exception {
        Files.copy(CORPUS.resolve("shanghai/shanghai-czj-2025-unit-budget.pdf"), dir.resolve("czj.pdf"));
        StringWriter out = new StringWriter();
        int exit = Gongkai.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "fidelity", dir.toString());
        assertThat(exit).isZero();
        String[] row = out.toString().split("\\R")[1].split("\t", -1);
        assertThat(row[6]).isEqualTo("-");
        assertThat(row[7]).isEqualTo("-");
    }

    @Test
    void refusesAGoldenThatIsNotAFolder(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int exit = Gongkai.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "fidelity", "--golden", dir.resolve("nowhere").toString(), dir.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere");
    }
}
