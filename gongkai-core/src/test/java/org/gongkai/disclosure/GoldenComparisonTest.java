package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenComparisonTest {

    private static final Disclosure CZJ = Documents.read(Documents.CZJ);

    @Test
    void aPrintedLineIsReadOnlyWithEveryAmountAndNoOther(@TempDir Path dir) throws Exception {
        Golden golden = golden(dir, """
                line	THREE_PUBLIC	rows	20	-	-	TOTAL=346.30 ABROAD=288.70 RECEPTION=25.40 VEHICLES=32.20 VEHICLE_RUNNING=32.20 OPERATING_COSTS=2517.78
                line	THREE_PUBLIC	rows	20	-	-	TOTAL=346.30 ABROAD=288.70
                line	THREE_PUBLIC	rows	20	-	-	TOTAL=346.31 ABROAD=288.70 RECEPTION=25.40 VEHICLES=32.20 VEHICLE_RUNNING=32.20 OPERATING_COSTS=2517.78
                key	三公 合计	table	THREE_PUBLIC	rows	-	TOTAL	346.30
                key	三公 公务接待费	table	THREE_PUBLIC	rows	-	RECEPTION	25.41
                key	三公 (statement)	statement	THREE_PUBLIC_TOTAL	21	346.30
                """);
        GoldenComparison.Result r = GoldenComparison.compare(List.of(golden), CZJ);
        assertThat(r.linesPrinted()).isEqualTo(3);
        assertThat(r.linesRead()).as("only the first: the second lacks amounts, the third has one wrong").isEqualTo(1);
        assertThat(r.misses()).hasSize(2);
        assertThat(r.keys()).isEqualTo(3);
        assertThat(r.keysMatched()).isEqualTo(2);
        assertThat(r.keyMisses()).singleElement().satisfies(m -> {
            assertThat(m.key().label()).isEqualTo("三公 公务接待费");
            assertThat(m.read()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("25.40")));
        });
    }

    @Test
    void nothingReadMatchesNothing(@TempDir Path dir) throws Exception {
        Golden golden = golden(dir, "line\tTHREE_PUBLIC\trows\t20\t-\t-\tTOTAL=346.30\nkey\tk\ttable\tTHREE_PUBLIC\trows\t-\tTOTAL\t346.30\n");
        GoldenComparison.Result r = GoldenComparison.compare(List.of(golden), null);
        assertThat(r.linesRead()).isZero();
        assertThat(r.keysMatched()).isZero();
        assertThat(r.keyMisses()).singleElement().satisfies(m -> assertThat(m.read()).isEmpty());
    }

    @Test
    void aMalformedGoldenIsRefusedNamingTheFileAndTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.tsv");
        Files.writeString(file, "# comment\nline\tTHREE_PUBLIC\trows\t20\t-\t-\tTOTAL346.30\n");
        assertThatThrownBy(() -> Golden.read(file)).hasMessageContaining("doc.tsv, line 2")
                .hasMessageContaining("COLUMN=value");
    }

    private static Golden golden(Path dir, String text) throws Exception {
        Path file = dir.resolve("doc.tsv");
        Files.writeString(file, text);
        return Golden.read(file);
    }
}
