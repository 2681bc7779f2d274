package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.model.Amount;
import org.junit.jupiter.api.Test;

class CheckContextTest {

    private final CheckContext context = CheckContext.of(null);

    @Test
    void isExactWithinOneUnit() {
        assertThat(context.agree(Amount.yuan("171915169"), Amount.yuan("171915168"))).isFalse();
        assertThat(context.toleranceBetween(Amount.wan("1.1"), Amount.wan("1.2")).isZero()).isTrue();
    }

    @Test
    void allowsAHundredYuanBetweenWanTextAndYuanTables() {
        assertThat(context.agree(Amount.wan("346.30"), Amount.yuan("3463000"))).isTrue();
        assertThat(context.agree(Amount.wan("2517.78"), Amount.yuan("25177779"))).isTrue();
        assertThat(context.agree(Amount.wan("2517.76"), Amount.yuan("25177779"))).isFalse();
    }

    @Test
    void allowsHalfTheLastStatedDigit() {
        assertThat(context.toleranceBetween(Amount.wan("17192"), Amount.yuan("171915169"))).isEqualTo(Amount.wan("0.5"));
        assertThat(context.agree(Amount.wan("17192"), Amount.yuan("171915169"))).isTrue();
        assertThat(context.agree(Amount.wan("1719.2"), Amount.yuan("171915169"))).as("a factor of ten").isFalse();
    }
}
