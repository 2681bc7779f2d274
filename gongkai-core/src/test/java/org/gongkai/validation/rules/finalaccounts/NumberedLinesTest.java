package org.gongkai.validation.rules.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.TableRow;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;

/** A line numbered 一、 … 十二、 is told by a loop as the pattern of the numbering tells it, on made names and on every line of the 决算. */
class NumberedLinesTest {

    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、\\s*");

    @Test
    void tellsNumberedLinesAsThePatternDoes() {
        List<String> names = new java.util.ArrayList<>(List.of("一、一般公共服务支出", " 十二、 其他", "十、", "一", "一般公共服务", "、一", "二十一、X",
                "一二", "", " ", "（一）人员经费", "1、支出", "三 、 空格"));
        for (BudgetTable t : Documents.read(Documents.FINAL).tables()) {
            t.rows().stream().map(TableRow::name).forEach(names::add);
            t.incomeRows().stream().map(TableRow::name).forEach(names::add);
        }
        int numbered = 0;
        for (String name : names) {
            boolean expected = NUMBERING.matcher(name.strip()).find();
            assertThat(FinalAccountsRule.numbered(name)).as(name).isEqualTo(expected);
            numbered += expected ? 1 : 0;
        }
        assertThat(numbered).isGreaterThanOrEqualTo(4);
    }
}
