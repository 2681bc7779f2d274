package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @Test
    void checksEveryDisclosureOfAFolderIntoTwoReports(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(Path.of("../examples/linxi-kexie-2020.yaml"), dir.resolve("in/linxi.yaml"));
        Files.copy(Path.of("../gongkai-core/src/test/resources/shanghai/czj-2025.yaml"), in.resolve("czj.yaml"));
        Files.writeString(dir.resolve("in/broken.json"), "{\"document\": ");
        Files.writeString(dir.resolve("in/readme.docx"), "not a disclosure");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path report = dir.resolve("out/report.csv");
        int exit = Gongkai.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "audit", dir.resolve("in").toString(), "-o", report.toString(), "--threads", "2", "--lang", "en");
        assertThat(exit).isZero();
        List<String> rows = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).contains("broken.json").contains("unusable");
        assertThat(rows.get(2)).contains("临西县科学技术协会,2020,hebei-county-2020,checked,15,");
        assertThat(rows.get(3)).contains("上海市财政局,2025,shanghai-2025,checked,2,").contains("empty-table-carries-its-note×2");
        List<String> findings = Files.readAllLines(dir.resolve("out/report-findings.csv"), StandardCharsets.UTF_8);
        // the 1 元 slip of 302, once, as a rounding hint
        assertThat(findings).anyMatch(l -> l.contains("czj.yaml,classification-hierarchy-adds-up,arithmetic,info,/tables/7/rows/11/amounts/total"));
        assertThat(findings).anyMatch(l -> l.contains("broken.json,input-unusable"));
        assertThat(out.toString()).contains("3 document(s)").contains("1 unusable");
        assertThat(err.toString()).contains("3/3");
    }

    @Test
    void refusesSomethingThatIsNotAFolder(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int exit = Gongkai.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "audit", dir.resolve("nowhere").toString(), "-o", dir.resolve("r.csv").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere");
    }
}
