package org.gongkai.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way a sum of money is printed: rounded half-up to the two decimals of a published
 * amount. Tables, statements and pages all print through here so that the same figure never reads
 * differently in two places.
 */
public final class AmountFormat {

    /** Published figures round half-up: 2517.775 万元 is printed 2517.78. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private AmountFormat() {}

    /** The value at the published scale: {@code 1.6} → {@code 1.60}, {@code 2517.775} → {@code 2517.78}. */
    public static BigDecimal rounded(BigDecimal value) {
        return value.setScale(Amount.PUBLISHED_SCALE, ROUNDING);
    }

    /** Two decimals, no separators, as a cell value is written: {@code 1234.50}. */
    public static String plain(BigDecimal value) {
        return rounded(value).toPlainString();
    }

    /** Two decimals with thousands separated, as tables and pages print it: {@code 1,234.50}. */
    public static String grouped(BigDecimal value) {
        // DecimalFormat is not thread-safe, so one per call; the value is already rounded
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(rounded(value));
    }
}
