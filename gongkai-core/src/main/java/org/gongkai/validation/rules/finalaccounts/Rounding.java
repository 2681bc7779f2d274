package org.gongkai.validation.rules.finalaccounts;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.MoneyUnit;

/**
 * How far published figures may be off their exact sum. A table in 元 is exact. A table in 万元 prints each
 * cell rounded to its last digit (two decimals at least), so a whole and its n parts, n + 1 rounded figures,
 * may differ by up to n + 1 half-digits: 2,940.05 against lines summing to 2,940.06 is rounding, not an
 * error. A difference within that allowance is a hint; beyond it, the rule's finding.
 */
final class Rounding {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    enum Verdict {
        AGREES,
        ROUNDING,
        DIFFERS
    }

    private Rounding() {}

    /** Half the last digit a table cell shows: 0.005 for 2,940.05万元; zero in 元. */
    static Amount halfDigitOfCell(Amount a) {
        if (a.unit() == MoneyUnit.YUAN) {
            return Amount.zero(MoneyUnit.YUAN);
        }
        int scale = Math.max(a.value().scale(), Amount.PUBLISHED_SCALE);
        return new Amount(HALF.movePointLeft(scale), a.unit());
    }

    /** Half the last digit a stated figure shows: 0.05 for 6.2万元, 0.5 for 17,192万元; zero in 元. */
    static BigDecimal halfDigitOfStated(BigDecimal value) {
        return HALF.movePointLeft(Math.max(value.scale(), 0));
    }

    /**
     * The stated whole against the sum of its stated parts; {@code figures} is how many rounded cells are
     * involved, each off by up to half a digit of the coarser unit of the two.
     */
    static Verdict compare(Amount whole, Amount sum, int figures) {
        Amount diff = whole.minus(sum).abs();
        if (diff.isZero()) {
            return Verdict.AGREES;
        }
        Amount coarser = whole.unit().inYuan().compareTo(sum.unit().inYuan()) >= 0 ? whole : sum;
        Amount half = halfDigitOfCell(coarser);
        Amount allowance = new Amount(half.value().multiply(BigDecimal.valueOf(figures)), half.unit());
        return diff.compareTo(allowance) <= 0 ? Verdict.ROUNDING : Verdict.DIFFERS;
    }

    /** How many of the amounts are stated. */
    static int stated(List<Amount> amounts) {
        int stated = 0;
        for (Amount a : amounts) {
            stated += a == null ? 0 : 1;
        }
        return stated;
    }
}
