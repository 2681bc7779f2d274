package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Path SEED = Path.of("../examples/linxi-kexie-2020.yaml");

    record Run(int exit, String out, String err) {}

    private static Run gongkai(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Gongkai.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validatesTheSeedAsAFindingsDocument() {
        Run run = gongkai("validate", SEED.toString(), "--format", "json");
        assertThat(run.out()).contains("\"format\" : \"gongkai-findings/1\"")
                .contains("\"department\" : \"临西县科学技术协会\"")
                .contains("\"status\" : \"checked\"");
        assertThat(run.exit()).as(run.out()).isIn(0, 1);
        assertThat(run.out()).contains("\"exitCode\" : " + run.exit());
    }

    @Test
    void exitsTwoWithTheLineOfTheProblemForAMalformedCopy(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(SEED, StandardCharsets.UTF_8).replace("  fiscalYear: 2020", "  fiscalYear: [2020");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, yaml, StandardCharsets.UTF_8);
        Run run = gongkai("validate", broken.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(broken + ":8:").contains("not valid YAML");
    }

    @Test
    void exitsTwoForJsonWithTheProblemInTheDocument(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.json");
        Run run = gongkai("validate", missing.toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("\"status\" : \"unusable\"").contains("文件不存在");
        assertThat(run.err()).contains("missing.json");
    }

    @Test
    void refusesAnUnknownOptionWithUsage() {
        Run run = gongkai("validate", "--formt", "json", SEED.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--formt");
    }
}
