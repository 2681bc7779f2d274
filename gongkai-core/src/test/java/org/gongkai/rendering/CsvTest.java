package org.gongkai.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static String text(Csv csv) {
        return new String(csv.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        Csv csv = Csv.of(List.of("a", "b", "c", "d", "e", "f"));
        csv.row(List.of("=HYPERLINK(\"http://x\",\"点此\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                "\t=1", "\r=1"));
        String[] lines = text(csv).split("\r\n", 2);
        assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\",'+1+cmd|' /C calc'!A0,'-2+3,'@SUM(A1:A9),"
                + "'\t=1,\"'\r=1\"\r\n");
    }

    @Test
    void numbersStayNumbersAndOrdinaryTextIsUnchanged() {
        Csv csv = Csv.forSpreadsheets(List.of("amount", "change", "rate", "name", "code", "empty"));
        csv.row(List.of("-12.50", "+3", "1.5e3", "一般公共服务支出-行政运行", "2010101", ""));
        assertThat(text(csv)).endsWith("\r\n-12.50,+3,1.5e3,一般公共服务支出-行政运行,2010101,\r\n");
    }

    @Test
    void aLoneSignIsTextAndAFractionANumber() {
        assertThat(Csv.formulaSafe("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.formulaSafe("-")).isEqualTo("'-");
        assertThat(Csv.formulaSafe("-.5")).isEqualTo("-.5");
    }
}
