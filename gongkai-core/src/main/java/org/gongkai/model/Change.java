package org.gongkai.model;

import java.util.Objects;

/**
 * A change against last year as the document states it: 增加 0.06 万元, 减少 ..., or 持平 / 无增减变化
 * (no amount). The amount is the size of the change, never negative.
 */
public record Change(ChangeDirection direction, Amount amount) {

    public Change {
        Objects.requireNonNull(direction, "direction");
        if (direction == ChangeDirection.FLAT && amount != null && !amount.isZero()) {
            throw new IllegalArgumentException("a flat change has no amount: " + amount);
        }
        if (direction != ChangeDirection.FLAT && amount == null) {
            throw new IllegalArgumentException(direction.word() + " needs an amount");
        }
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("the size of a change is not negative: " + amount);
        }
    }

    public static Change flat() {
        return new Change(ChangeDirection.FLAT, null);
    }

    /** The change as a signed amount, in the given unit for 持平. */
    public Amount signed(MoneyUnit unitIfFlat) {
        return switch (direction) {
            case INCREASE -> amount;
            case DECREASE -> amount.negate();
            case FLAT -> Amount.zero(amount == null ? unitIfFlat : amount.unit());
        };
    }
}
