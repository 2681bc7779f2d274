package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥1个        | AT_LEAST | 1    | 个    | ≥1个",
        "≥2000 人次  | AT_LEAST | 2000 | 人次  | ≥2000人次",
        "≤1.4 万元   | AT_MOST  | 1.4  | 万元  | ≤1.4万元",
        "≥90%        | AT_LEAST | 90   | %     | ≥90%",
        ">=95%       | AT_LEAST | 95   | %     | ≥95%",
        "=100%       | EQUAL    | 100  | %     | =100%",
    })
    void readsQuantifiedValuesAsPublished(String text, Comparator comparator, String number, String unit, String canonical) {
        IndicatorValue v = IndicatorValue.parse(text);
        assertThat(v.isQuantified()).isTrue();
        assertThat(v.comparator()).isEqualTo(comparator);
        assertThat(v.number()).isEqualByComparingTo(number);
        assertThat(v.unit()).isEqualTo(unit);
        assertThat(v.text()).isEqualTo(canonical);
        assertThat(IndicatorValue.parse(v.text())).isEqualTo(v);
    }

    @ParameterizedTest
    @CsvSource({"好", "达标", "逐年提高", "较上年有所提升"})
    void keepsQualitativeValuesAsGrades(String text) {
        IndicatorValue v = IndicatorValue.parse(text);
        assertThat(v.isQuantified()).isFalse();
        assertThat(v.qualitative()).isEqualTo(text);
        assertThat(v.text()).isEqualTo(text);
    }
}
