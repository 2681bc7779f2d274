package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who publishes, as the headers over the tables print it: a name wrapped in a narrow header cell is
 * completed from a header that prints it whole, and only when the rest is the wrapped piece.
 */
class CoverReaderTest {

    private final List<PdfLine> lines = new ArrayList<>();

    private void line(String... words) {
        List<Word> ws = new ArrayList<>();
        float x = 40;
        for (String w : words) {
            ws.add(new Word(w, x, x + 9 * w.length(), 20 * lines.size(), false));
            x += 9 * w.length() + 30;
        }
        lines.add(new PdfLine(1, lines.size() + 1, 20 * lines.size(), ws));
    }

    @Test
    void aNameWrappedInItsHeaderCellIsCompletedByAHeaderThatPrintsItWhole() {
        line("收支预算总表");
        line("部门名称：江苏省人大");
        line("单位:万元");
        line("常委会办公厅");
        line("收入", "支出");
        line("部门名称：江苏省人大常委会办公厅", "单位：万元");

        assertThat(CoverReader.publisherLine(lines)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("江苏省人大常委会办公厅");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void aLongerNameElsewhereIsNotTakenWhenNothingWrappedBelowTheFirst() {
        line("部门名称：上海市财政局", "单位：万元");
        line("收入", "支出");
        line("一、一般公共服务支出", "100.00");
        line("单位名称：上海市财政局信息中心", "单位：万元");

        assertThat(CoverReader.publisherLine(lines)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("上海市财政局"));
    }
}
