package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountTest {

    @ParameterizedTest
    @CsvSource({
        "171915169, YUAN, WAN_YUAN, 17191.5169",
        "756.96, WAN_YUAN, YUAN, 7569600.00",
        "1.5, YI_YUAN, WAN_YUAN, 15000.0",
        "1, YUAN, WAN_YUAN, 0.0001",
    })
    void convertsExactlyBetweenUnits(String value, MoneyUnit from, MoneyUnit to, String expected) {
        assertThat(Amount.of(value, from).in(to)).isEqualTo(Amount.of(expected, to));
    }

    /**
     * Moving the decimal point gives, digit for digit and to the scale, what multiplying into 元 and dividing
     * out of it gave, for every pair of units and amounts of every scale and sign.
     */
    @Test
    void convertsAsMultiplyingAndDividingDid() {
        java.util.List<String> values = java.util.List.of("0", "0.00", "1", "-1", "0.0001", "12.5", "17192", "17191.5169",
                "756.96", "2940.05", "1E+3", "123456789012.345678", "-0.50", "100000000", "3.14159265358979");
        int checked = 0;
        for (String v : values) {
            for (MoneyUnit from : MoneyUnit.values()) {
                for (MoneyUnit to : MoneyUnit.values()) {
                    java.math.BigDecimal value = new java.math.BigDecimal(v);
                    java.math.BigDecimal divided = value.multiply(from.inYuan()).divide(to.inYuan()).stripTrailingZeros();
                    if (divided.scale() < value.scale()) {
                        divided = divided.setScale(value.scale());
                    } else if (divided.scale() < 0) {
                        divided = divided.setScale(0);
                    }
                    java.math.BigDecimal expected = from == to ? value : divided;
                    java.math.BigDecimal moved = new Amount(value, from).in(to).value();
                    assertThat(moved).as(v + " " + from + " → " + to).isEqualTo(expected); // BigDecimal.equals: value and scale
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(values.size() * 16);
    }

    @Test
    void roundsHalfUpToTwoDecimalsWhenPublishedInAnotherUnit() {
        assertThat(Amount.yuan("171915169").publishedIn(MoneyUnit.WAN_YUAN).value()).isEqualByComparingTo("17191.52");
        assertThat(Amount.yuan("25177779").publishedIn(MoneyUnit.WAN_YUAN).printed()).isEqualTo("2517.78");
    }

    @Test
    void tablesInThousandsOfYuanConvertExactly() {
        Amount thousands = Amount.of("1,234.5".replace(",", ""), MoneyUnit.QIAN_YUAN);
        assertThat(thousands.in(MoneyUnit.YUAN).value()).isEqualByComparingTo("1234500");
        assertThat(thousands.in(MoneyUnit.WAN_YUAN).value()).isEqualByComparingTo("123.45");
        assertThat(MoneyUnit.fromSymbol("千元")).contains(MoneyUnit.QIAN_YUAN);
    }

    @Test
    void equalityIgnoresScaleButNotUnit() {
        assertThat(Amount.wan("1.60")).isEqualTo(Amount.wan("1.6")).hasSameHashCodeAs(Amount.wan("1.6"));
        assertThat(Amount.wan("1")).isNotEqualTo(Amount.yuan("1"));
        assertThat(Amount.wan("1").compareTo(Amount.yuan("10000"))).isZero();
    }

    @Test
    void addsAndSubtractsAcrossUnitsInTheLeftUnit() {
        Amount sum = Amount.wan("1.6").plus(Amount.yuan("2000"));
        assertThat(sum).isEqualTo(Amount.wan("1.8"));
        assertThat(Amount.wan("0.1").minus(Amount.wan("0.16"))).isEqualTo(Amount.wan("-0.06"));
    }

    @Test
    void agreesWithinAnExplicitTolerance() {
        Amount text = Amount.wan("17192");
        Amount table = Amount.yuan("171915169");
        assertThat(text.agreesWith(table, Amount.wan("0.01"))).isFalse();
        assertThat(Amount.wan("17191.52").agreesWith(table, Amount.wan("0.01"))).isTrue();
        assertThat(Amount.wan("17191.52").agreesWith(table, Amount.zero(MoneyUnit.YUAN))).isFalse();
    }

    @Test
    void keepsTheScaleAsWritten() {
        assertThat(Amount.wan("346.30").plain()).isEqualTo("346.30");
        assertThat(Amount.wan("121").printed()).isEqualTo("121.00");
    }

    @Test
    void refusesAnAmountWithoutUnit() {
        assertThatThrownBy(() -> new Amount(java.math.BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }
}
