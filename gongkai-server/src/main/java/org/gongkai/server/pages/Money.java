package org.gongkai.server.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gongkai.model.Amount;
import org.gongkai.model.AmountFormat;

/**
 * How the pages print sums: as tables print them ({@link AmountFormat}: two decimals rounded
 * half-up, thousands separated, {@code 1,234.50}); a sum not stated prints as a dash, never as zero.
 */
public final class Money {

    private Money() {
    }

    public static String format(Amount amount) {
        return amount == null ? "—" : format(amount.value());
    }

    public static String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return AmountFormat.grouped(value);
    }

    /** A signed difference: {@code +12.30} or {@code -0.06}. */
    public static String signed(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        // the sign of the printed figure: a difference that rounds to 0.00 is not shown as a rise
        BigDecimal rounded = AmountFormat.rounded(value);
        return (rounded.signum() > 0 ? "+" : "") + format(rounded);
    }

    /** A percentage with one decimal, signed: {@code +7.5%}. */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal p = value.setScale(1, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    /** A file size for people: 12.3 KB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP) + " KB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP) + " MB";
    }
}
