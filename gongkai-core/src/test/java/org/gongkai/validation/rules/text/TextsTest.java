package org.gongkai.validation.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Examples;
import org.gongkai.validation.CheckContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The marks of the shared character scan say what the rules used to find by searching each text
 * themselves, on every text of the real documents and on texts made to sit on the edges (a doubled
 * word at the very start or end, a mark as the last character).
 */
class TextsTest {

    private static final List<String> EDGES = List.of(
            "预算预算", "收入为2020年预算预算", "财政拨款财政拨款收入", "9名在职人员人员经费", "一二一二", "ab预算",
            "项目支出（类）", "行政运行(项)", "其中", "共", "占", "万", "年", "1, 2", "a\tb", "全角\u3000空格", "没有标记",
            "上末固定资产", "帐户", "机关运行费", "比上年持平", "比2019年持平",
            "a预算预算", "ab预算预算", "收入预算收入预算", "x收入预算收入预算", "一二三一二三", "x一二三一二三", "本部门", "下属单位", "下", "下午", "包括", "包", "包含");

    private static List<String> texts(String which) {
        if (which.equals("edges")) {
            return EDGES;
        }
        Disclosure d = switch (which) {
            case "seed" -> Documents.read(Documents.SEED);
            case "czj" -> Documents.read(Documents.CZJ);
            case "final" -> Documents.read(Documents.FINAL);
            default -> Documents.read(Examples.resource("/shanghai/putuo-wanli-2024.yaml"));
        };
        return Texts.prose(d, CheckContext.of(null)).stream().map(Texts.Prose::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "czj", "putuo", "final", "edges"})
    void marksWhatASearchOfTheTextFinds(String which) {
        List<String> texts = texts(which);
        assertThat(texts).isNotEmpty();
        int doubled = 0;
        for (String text : texts) {
            int marks = Texts.marks(text);
            assertThat(NoDoubledWords.hasDoubledWord(text.toCharArray(), text.length())).as("doubled word in " + text)
                    .isEqualTo(hasDoubledWord(text));
            assertThat(has(marks, Texts.HAS_LEVEL_LABEL)).as("level label in " + text).isEqualTo(
                    text.contains("类）") || text.contains("款）") || text.contains("项）")
                            || text.contains("类)") || text.contains("款)") || text.contains("项)"));
            assertThat(has(marks, Texts.HAS_OF_WHICH)).as("其中 in " + text).isEqualTo(text.contains("其中"));
            assertThat(has(marks, Texts.HAS_HOLDING_WORD)).as("共 or 占 in " + text)
                    .isEqualTo(text.indexOf('共') >= 0 || text.indexOf('占') >= 0);
            if (text.contains("上末") || text.contains("帐") || text.contains("机关运行费") || text.contains("公务车用车")
                    || text.contains("社区事物受理") || text.matches("(?s).*比(?:上年|\\d{4}年).*")) {
                assertThat(has(marks, Texts.HAS_MISSPELLING_LEAD)).as("misspelling lead in " + text).isTrue();
            }
            assertThat(has(marks, Texts.HAS_WAN)).as("万 in " + text).isEqualTo(text.indexOf('万') >= 0);
            assertThat(has(marks, Texts.HAS_YEAR)).as("年 in " + text).isEqualTo(text.indexOf('年') >= 0);
            assertThat(has(marks, Texts.HAS_KIND_WORD)).as("单, 部 or 下属 in " + text)
                    .isEqualTo(text.indexOf('单') >= 0 || text.indexOf('部') >= 0 || text.contains("下属"));
            assertThat(has(marks, Texts.HAS_INCLUDING)).as("包括 in " + text).isEqualTo(text.contains("包括"));
            if (!has(marks, Texts.HAS_SPACE_OR_COMMA)) {
                assertThat(Wording.flat(text)).as("flat as it stands: " + text).isEqualTo(text);
            }
            doubled += hasDoubledWord(text) ? 1 : 0;
        }
        if (which.equals("edges")) {
            assertThat(doubled).isEqualTo(11);
        }
    }

    @org.junit.jupiter.api.Test
    void whiteSpaceIsJavasWhiteSpaceOrTheFullWidthSpace() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Texts.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace(c) || c == '\u3000');
        }
    }

    @org.junit.jupiter.api.Test
    void digitsAreJavasDigits() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Texts.isDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isDigit(c));
        }
    }

    private static boolean has(int marks, int mark) {
        return (marks & mark) != 0;
    }

    /** A doubled word as the rule defines it: at some Chinese character, a word of two to four repeated. */
    private static boolean hasDoubledWord(String text) {
        char[] t = text.toCharArray();
        for (int i = 0; i < t.length; i++) {
            if (Texts.isHan(t[i]) && NoDoubledWords.doubledAt(t, i) > 0) {
                return true;
            }
        }
        return false;
    }
}
