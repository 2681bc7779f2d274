package org.gongkai.validation.rules.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.gongkai.model.Amount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest(name = "{0} against {1} of {2} figures: {3}")
    @CsvSource({
            "2940.05万元, 2940.05万元, 5, AGREES",
            "2940.05万元, 2940.06万元, 5, ROUNDING",
            // 302 商品和服务支出 171.07 against its 12 sub-lines summing to 171.09: 13 figures, ±0.065
            "171.07万元, 171.09万元, 13, ROUNDING",
            "2940.05万元, 2940.08万元, 3, DIFFERS",
            "2940.05万元, 2950.05万元, 27, DIFFERS",
            // a table in 元 is exact
            "171915169元, 171915168元, 30, DIFFERS",
            // the same sum in 元 and in 万元: the 万元 figure is rounded
            "2940.05万元, 29400512元, 2, ROUNDING"})
    void weighsAWholeAgainstItsPartsWithTheRoundingOfItsUnit(String whole, String sum, int figures, Rounding.Verdict verdict) {
        assertThat(Rounding.compare(amount(whole), amount(sum), figures)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} of {1} is {2}%: {3}")
    @CsvSource({
            "2940.05万元, 2993.92万元, 98.20, true",
            "2940.05万元, 2993.92万元, 99.20, false",
            "2106.66万元, 2940.05万元, 71.73, false",
            "2106.66万元, 2940.05万元, 71.65, true",
            // 6.2万元 is stated to 0.1万元: 0.21% is within what it allows
            "6.2万元, 2946.25万元, 0.21, true",
            "0.00万元, 0.95万元, 0, true",
            "17192万元, 17192万元, 100.00, true"})
    void checksAStatedPercentageAgainstTheRoundedAmounts(String part, String whole, String percent, boolean agrees) {
        assertThat(Percentages.agrees(amount(part), amount(whole), new BigDecimal(percent))).isEqualTo(agrees);
    }

    private static Amount amount(String text) {
        if (text.endsWith("万元")) {
            return Amount.wan(text.substring(0, text.length() - 2));
        }
        return Amount.yuan(text.substring(0, text.length() - 1));
    }
}
