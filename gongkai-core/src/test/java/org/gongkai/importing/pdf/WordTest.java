package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTest {

    /** What a printed number and a code part are, as patterns: the definitions the walks must keep. */
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern CODE_PART = Pattern.compile("\\d{1,3}");

    private static Word word(String text) {
        return new Word(text, 0, 10, 0, false);
    }

    @ParameterizedTest
    @CsvSource({
        "'171,915,169', true", "0, true", "32.20, true", "-5, true", "'-1,234.50', true", "1234567, true",
        "'1234,567', false", "'1,2345', false", "'1,23', false", "12., false", ".5, false", "1.2.3, false",
        "-, false", "'', false", "１２, false", "'1,234,', false", "合计, false", "2019年, false"})
    void readsAPrintedNumberAsOne(String text, boolean amount) {
        assertThat(word(text).isAmount()).isEqualTo(amount);
    }

    @ParameterizedTest
    @CsvSource({"2, true", "06, true", "201, true", "2010, false", "'', false", "0a, false", "-1, false"})
    void readsOneToThreeDigitsAsACodePart(String text, boolean part) {
        assertThat(word(text).isCodePart()).isEqualTo(part);
    }

    /** Every string of up to eight characters over the characters that matter answers as the patterns do. */
    @Test
    void answersAsThePatternsForEveryShortStringOfDigitsSignsAndSeparators() {
        List<String> strings = new ArrayList<>(List.of(""));
        List<String> all = new ArrayList<>(strings);
        char[] alphabet = {'1', ',', '.', '-', '年'};
        for (int length = 1; length <= 8; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                for (char c : alphabet) {
                    longer.add(s + c);
                }
            }
            all.addAll(longer);
            strings = longer;
        }
        for (String s : all) {
            assertThat(word(s).isAmount()).as(s).isEqualTo(AMOUNT.matcher(s).matches());
            assertThat(word(s).isCodePart()).as(s).isEqualTo(CODE_PART.matcher(s).matches());
        }
        assertThat(all).hasSize((int) ((Math.pow(5, 9) - 1) / 4)).contains("1,111.11", "-1,111.1");
    }
}
