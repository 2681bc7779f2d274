package org.gongkai.validation.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ending a misspelling's pattern is looked for by is one every match of the pattern ends with. */
class KnownMisspellingsTest {

    @Test
    void anEndingIsWhatEveryMatchEndsWith() {
        assertThat(KnownMisspellings.ending("比(?:上年|\\d{4}年)[^，。；、]{0,8}持平")).isEqualTo("持平");
        assertThat(KnownMisspellings.ending("上末")).isEqualTo("上末");
        assertThat(KnownMisspellings.ending("机关运行费(?!用)")).isEmpty();
        assertThat(KnownMisspellings.ending("ab?c")).isEqualTo("c");
        assertThat(KnownMisspellings.ending("a|bc")).isEmpty();
        assertThat(KnownMisspellings.ending("ac{2}")).isEmpty();
        assertThat(KnownMisspellings.ending("a\\.b")).isEqualTo("b");
        for (String[] row : Texts.table("misspellings.tsv")) {
            Pattern p = Pattern.compile(row[0]);
            String ending = KnownMisspellings.ending(row[0]);
            for (String text : List.of("上末固定资产", "帐户和帐务", "机关运行费", "公务车用车", "社区事物受理", "比上年预算持平", "比2023年持平")) {
                var m = p.matcher(text);
                while (m.find()) {
                    assertThat(m.group()).as(row[0] + " in " + text).endsWith(ending);
                }
            }
        }
    }
}
