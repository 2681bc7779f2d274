package org.gongkai.validation.rules.finalaccounts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.gongkai.model.Amount;

/**
 * Whether a stated percentage (完成年初预算的98.20%, 占71.73%) can come from the stated amounts. Each amount is
 * known to half its last digit and the percentage to half of its own, so the check asks whether the
 * percentage's interval meets the interval of ratios the amounts allow: no false alarm from rounding, and
 * a wrong digit still caught.
 */
final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private Percentages() {}

    /** The percentage part / whole, to the scale of the stated one (whole not zero). */
    static BigDecimal of(Amount part, Amount whole, int scale) {
        return part.value().multiply(HUNDRED).divide(whole.in(part.unit()).value(), MC).setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
    }

    static boolean agrees(Amount part, Amount whole, BigDecimal stated) {
        BigDecimal a = part.value();
        BigDecimal ha = Rounding.halfDigitOfStated(part.value());
        BigDecimal b = whole.in(part.unit()).value();
        BigDecimal hb = Rounding.halfDigitOfStated(whole.value()).multiply(whole.unit().inYuan()).divide(part.unit().inYuan(), MC);
        BigDecimal low = a.subtract(ha).max(BigDecimal.ZERO).multiply(HUNDRED).divide(b.add(hb), MC);
        BigDecimal denominator = b.subtract(hb);
        BigDecimal hp = Rounding.halfDigitOfStated(stated);
        if (stated.add(hp).compareTo(low) < 0) {
            return false;
        }
        if (denominator.signum() <= 0) {
            return true;
        }
        BigDecimal high = a.add(ha).multiply(HUNDRED).divide(denominator, MC);
        return stated.subtract(hp).compareTo(high) <= 0;
    }
}
