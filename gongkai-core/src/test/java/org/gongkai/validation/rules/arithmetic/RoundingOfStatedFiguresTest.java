package org.gongkai.validation.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gongkai.testing.Documents;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * A whole and its parts stated in 万元 to two decimals are each rounded: with 三公 items of 288.71,
 * 32.21 and 25.41 万元 (346.33 together), a total 0.01 off its parts is within the ±0.02 the four
 * printed figures allow and is a hint; 0.10 off is an error; with {@code rounding-per-part=0} even 0.01
 * is. A figure printed to fewer decimals (6.2万元) allows half of its own last digit.
 */
class RoundingOfStatedFiguresTest {

    private final ThreePublicTotalIsSumOfItems rule = new ThreePublicTotalIsSumOfItems();

    @Test
    void aDifferenceWithinThePrintedRoundingIsAHintThatSaysItsTolerance() {
        List<Finding> found = check("346.34", CheckContext.of(null));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("尾差±0.02");
        });
    }

    @Test
    void aLargerDifferenceIsAnError() {
        assertThat(check("346.43", CheckContext.of(null))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void roundingPerPartZeroMakesTheRuleExact() {
        CheckContext exact = new CheckContext(null, CheckContext.DEFAULT_CROSS_UNIT_TOLERANCE,
                Map.of("three-public-total-is-sum-of-items.rounding-per-part", "0"));
        assertThat(check("346.34", exact)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aFigurePrintedToOneDecimalAllowsHalfOfItsOwnLastDigit() {
        List<Finding> found = rule.check(Documents.read(Documents.edit(Documents.CZJ_CORRECTED, "/threePublic/abroad/amount = 288.71",
                "/threePublic/vehicles/amount = 32.21", "/threePublic/vehicleRunning/amount = 32.21",
                "/threePublic/reception/amount = 25.41", "/threePublic/total/amount = 346.3")), CheckContext.of(null));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aTotalEqualToItsPartsIsSilent() {
        assertThat(check("346.33", CheckContext.of(null))).isEmpty();
    }

    private List<Finding> check(String total, CheckContext context) {
        return rule.check(Documents.read(Documents.edit(Documents.CZJ_CORRECTED, "/threePublic/abroad/amount = 288.71",
                "/threePublic/vehicles/amount = 32.21", "/threePublic/vehicleRunning/amount = 32.21",
                "/threePublic/reception/amount = 25.41", "/threePublic/total/amount = " + total)), context);
    }
}
