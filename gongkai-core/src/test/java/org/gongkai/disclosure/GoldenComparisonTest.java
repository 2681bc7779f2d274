package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.testing.PutuoFinanceFinalAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenComparisonTest {

    private static final Disclosure CZJ = Documents.read(Documents.CZJ);
    private static final Disclosure PUTUO_FINAL = PutuoFinanceFinalAccounts.published();

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

    /** The 财政拨款 summary prints each fund under 本年收入 and again under 年初结转和结余; the model keeps one row. */
    private static final String FUND_ACCOUNTS = """
            line	FINAL_FISCAL_GRANT_SUMMARY	income	12	-	一、一般公共预算财政拨款	CURRENT_INCOME=2940.05
            line	FINAL_FISCAL_GRANT_SUMMARY	income	12	-	二、政府性基金预算财政拨款	
            line	FINAL_FISCAL_GRANT_SUMMARY	income	13	-	一、一般公共预算财政拨款	OPENING_BALANCE=21.63
            line	FINAL_FISCAL_GRANT_SUMMARY	income	13	-	二、政府性基金预算财政拨款	
            """;

    @Test
    void eachPrintedLineOfAFundsAccountIsReadFromItsOneRow(@TempDir Path dir) throws Exception {
        GoldenComparison.Result r = GoldenComparison.compare(List.of(golden(dir, FUND_ACCOUNTS)), PUTUO_FINAL);
        assertThat(r.linesPrinted()).isEqualTo(4);
        assertThat(r.linesRead()).isEqualTo(4);
    }

    @Test
    void aFundsAccountLineIsNotReadFromAWrongOrMissingPart(@TempDir Path dir) throws Exception {
        GoldenComparison.Result r = GoldenComparison.compare(List.of(golden(dir, """
                line	FINAL_FISCAL_GRANT_SUMMARY	income	12	-	一、一般公共预算财政拨款	CURRENT_INCOME=2940.05
                line	FINAL_FISCAL_GRANT_SUMMARY	income	13	-	一、一般公共预算财政拨款	OPENING_BALANCE=21.64
                line	FINAL_FISCAL_GRANT_SUMMARY	income	12	-	二、政府性基金预算财政拨款	CURRENT_INCOME=5.00
                line	FINAL_FISCAL_GRANT_SUMMARY	income	13	-	二、政府性基金预算财政拨款	
                """)), PUTUO_FINAL);
        assertThat(r.linesRead()).as("the opening balance read is 21.63, and the second fund holds no income").isEqualTo(1);
        assertThat(r.misses()).hasSize(3);
    }

    @Test
    void aPartReadThatNoLineOfTheAccountPrintsFailsEachOfThem(@TempDir Path dir) throws Exception {
        // the golden prints the fund once under 本年收入 and once blank: the 21.63 read as its opening balance is not printed
        GoldenComparison.Result r = GoldenComparison.compare(List.of(golden(dir, """
                line	FINAL_FISCAL_GRANT_SUMMARY	income	12	-	一、一般公共预算财政拨款	CURRENT_INCOME=2940.05
                line	FINAL_FISCAL_GRANT_SUMMARY	income	13	-	一、一般公共预算财政拨款	
                """)), PUTUO_FINAL);
        assertThat(r.linesRead()).isZero();
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
