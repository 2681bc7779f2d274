package org.gongkai.validation;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.Amount;
import org.gongkai.model.Figure;
import org.gongkai.model.MoneyUnit;

/** Small helpers of the arithmetic rules. */
public final class Sums {

    private Sums() {}

    /** The sum of the stated amounts, in the unit of the first; null when none is stated. */
    public static Amount sum(List<Amount> parts) {
        Amount total = null;
        for (Amount a : parts) {
            if (a != null) {
                total = total == null ? a : total.plus(a);
            }
        }
        return total;
    }

    public static Amount sumOrZero(List<Amount> parts, MoneyUnit unit) {
        Amount s = sum(parts);
        return s == null ? Amount.zero(unit) : s;
    }

    public static Amount amount(Figure f) {
        return f == null ? null : f.amount();
    }

    public static boolean allStated(Amount... amounts) {
        for (Amount a : amounts) {
            if (a == null) {
                return false;
            }
        }
        return true;
    }

    public static boolean allStated(List<Amount> amounts) {
        return !amounts.isEmpty() && amounts.stream().allMatch(Objects::nonNull);
    }
}
