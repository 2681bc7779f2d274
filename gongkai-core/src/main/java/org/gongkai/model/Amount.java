package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact sum of money in an explicit unit. Every conversion between 元, 万元 and 亿元 and every
 * rounding of money happens here, and nowhere else.
 *
 * <p>Equality is by value and unit with the scale ignored ({@code 1.60 万元} equals {@code 1.6 万元}),
 * but the scale as written is kept so that a document prints as it was published.
 */
public record Amount(BigDecimal value, MoneyUnit unit) implements Comparable<Amount> {

    /** Published amounts carry two decimals in the unit they are shown in. */
    public static final int PUBLISHED_SCALE = 2;

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Amount of(String value, MoneyUnit unit) {
        return new Amount(new BigDecimal(value), unit);
    }

    public static Amount wan(String value) {
        return of(value, MoneyUnit.WAN_YUAN);
    }

    public static Amount yuan(String value) {
        return of(value, MoneyUnit.YUAN);
    }

    public static Amount zero(MoneyUnit unit) {
        return new Amount(BigDecimal.ZERO, unit);
    }

    /** The same sum in another unit, exactly (no rounding: 1 元 is 0.0001 万元). */
    public Amount in(MoneyUnit target) {
        if (target == unit) {
            return this;
        }
        // every unit is a power of ten of 元: the decimal point moves, and nothing is divided
        BigDecimal converted = value.movePointRight(unit.exponent() - target.exponent());
        return new Amount(stripTrailing(converted, value.scale()), target);
    }

    /** The sum in another unit, rounded half-up to two decimals, as it would be published there. */
    public Amount publishedIn(MoneyUnit target) {
        return new Amount(AmountFormat.rounded(in(target).value), target);
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.in(unit).value), unit);
    }

    public Amount minus(Amount other) {
        return new Amount(value.subtract(other.in(unit).value), unit);
    }

    public Amount negate() {
        return new Amount(value.negate(), unit);
    }

    public Amount abs() {
        return new Amount(value.abs(), unit);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public int signum() {
        return value.signum();
    }

    /** Whether this and the other sum differ by no more than the tolerance (all compared in 元). */
    public boolean agreesWith(Amount other, Amount tolerance) {
        return minus(other).abs().compareTo(tolerance) <= 0;
    }

    @Override
    public int compareTo(Amount other) {
        if (other.unit == unit) {
            return value.compareTo(other.value);
        }
        return value.multiply(unit.inYuan()).compareTo(other.value.multiply(other.unit.inYuan()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.unit == unit && a.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), unit);
    }

    /** The plain number as written, without unit: {@code 756.96}. */
    public String plain() {
        return value.toPlainString();
    }

    /** The number with two decimals, as tables print it: {@code 1.60}. */
    public String printed() {
        return AmountFormat.plain(value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.symbol();
    }

    private static BigDecimal stripTrailing(BigDecimal v, int keepAtLeast) {
        BigDecimal stripped = v.stripTrailingZeros();
        if (stripped.scale() < keepAtLeast) {
            return stripped.setScale(keepAtLeast);
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
