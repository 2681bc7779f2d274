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

    /**
     * Whether the stated percentage's interval meets the ratios the amounts allow. The ratios' bounds are
     * compared by multiplying out rather than dividing (low ≤ p ⇔ low's numerator ≤ p × its denominator, the
     * denominator being positive): exact, and without a division for each share.
     */
    static boolean agrees(Amount part, Amount whole, BigDecimal stated) {
        BigDecimal a = part.value();
        BigDecimal ha = Rounding.halfDigitOfStated(part.value());
        BigDecimal b = whole.in(part.unit()).value();
        BigDecimal hb = whole.unit() == part.unit() ? Rounding.halfDigitOfStated(whole.value())
                : Rounding.halfDigitOfStated(whole.value()).multiply(whole.unit().inYuan()).divide(part.unit().inYuan(), MC);
        BigDecimal hp = Rounding.halfDigitOfStated(stated);
        BigDecimal widest = b.add(hb);
        if (widest.signum() <= 0) {
            return byDivision(a, ha, b, hb, stated, hp); // a whole of nothing or less: as the ratios are divided out
        }
        // the lowest ratio, (a − ha)⁺ × 100 / (b + hb), is above the stated percentage's highest
        if (stated.add(hp).multiply(widest).compareTo(a.subtract(ha).max(BigDecimal.ZERO).multiply(HUNDRED)) < 0) {
            return false;
        }
        BigDecimal narrowest = b.subtract(hb);
        if (narrowest.signum() <= 0) {
            return true;
        }
        // the highest ratio, (a + ha) × 100 / (b − hb), is below the stated percentage's lowest
        return stated.subtract(hp).multiply(narrowest).compareTo(a.add(ha).multiply(HUNDRED)) <= 0;
    }

    /** The same question with the ratios divided out, for a whole whose widest bound is not positive. */
    private static boolean byDivision(BigDecimal a, BigDecimal ha, BigDecimal b, BigDecimal hb, BigDecimal stated, BigDecimal hp) {
        BigDecimal low = a.subtract(ha).max(BigDecimal.ZERO).multiply(HUNDRED).divide(b.add(hb), MC);
        BigDecimal denominator = b.subtract(hb);
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
