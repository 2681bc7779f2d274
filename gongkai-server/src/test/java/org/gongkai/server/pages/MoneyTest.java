package org.gongkai.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.gongkai.model.Amount;
import org.gongkai.model.MoneyUnit;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void pagesPrintSumsAsTablesDo() {
        assertThat(Money.format(Amount.wan("1234.5"))).isEqualTo("1,234.50");
        // 12,345 元 in 万元 is 1.2345 exactly; the page prints it as a table would, half-up
        assertThat(Money.format(Amount.yuan("12345").in(MoneyUnit.WAN_YUAN))).isEqualTo("1.23");
        assertThat(Money.format(new BigDecimal("0.125"))).isEqualTo("0.13");
    }

    @Test
    void aSumNotStatedIsADashNeverZero() {
        assertThat(Money.format((Amount) null)).isEqualTo("—");
        assertThat(Money.format((BigDecimal) null)).isEqualTo("—");
    }

    @Test
    void aDifferenceThatRoundsToNothingHasNoSign() {
        assertThat(Money.signed(new BigDecimal("12.3"))).isEqualTo("+12.30");
        assertThat(Money.signed(new BigDecimal("-0.06"))).isEqualTo("-0.06");
        assertThat(Money.signed(new BigDecimal("0.004"))).isEqualTo("0.00");
    }
}
