package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountFormatTest {

    @Test
    void roundsHalfUpNotToTheEvenNeighbour() {
        // half-even would print 0.12 and 2.00: published figures round half-up
        assertThat(AmountFormat.grouped(new BigDecimal("0.125"))).isEqualTo("0.13");
        assertThat(AmountFormat.grouped(new BigDecimal("2.005"))).isEqualTo("2.01");
        assertThat(AmountFormat.plain(new BigDecimal("2517.775"))).isEqualTo("2517.78");
        assertThat(AmountFormat.grouped(new BigDecimal("-0.005"))).isEqualTo("-0.01");
    }

    @Test
    void groupsThousandsAndKeepsTwoDecimals() {
        assertThat(AmountFormat.grouped(new BigDecimal("1234567.8"))).isEqualTo("1,234,567.80");
        assertThat(AmountFormat.grouped(new BigDecimal("17192"))).isEqualTo("17,192.00");
        assertThat(AmountFormat.grouped(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(AmountFormat.plain(new BigDecimal("1234567.8"))).isEqualTo("1234567.80");
    }

    @Test
    void anAmountPublishedInAnotherUnitRoundsAsItIsPrinted() {
        Amount published = Amount.yuan("25177750").publishedIn(MoneyUnit.WAN_YUAN);
        assertThat(published.printed()).isEqualTo(AmountFormat.plain(published.value())).isEqualTo("2517.78");
    }
}
