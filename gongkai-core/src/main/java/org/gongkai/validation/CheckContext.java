package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.model.Amount;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.profile.TemplateProfile;

/**
 * What a rule may know besides the document: the profile in force (null when the document names
 * one Gongkai does not know) and the tolerance between amounts stated in different units. Within
 * one unit, arithmetic is exact.
 */
public record CheckContext(TemplateProfile profile, Amount crossUnitTolerance) {

    /** 0.01 万元 (100 元): the usual rounding allowance between 元 tables and 万元 text. */
    public static final Amount DEFAULT_CROSS_UNIT_TOLERANCE = Amount.of("0.01", MoneyUnit.WAN_YUAN);

    public CheckContext {
        Objects.requireNonNull(crossUnitTolerance, "crossUnitTolerance");
    }

    public static CheckContext of(TemplateProfile profile) {
        return new CheckContext(profile, DEFAULT_CROSS_UNIT_TOLERANCE);
    }

    /**
     * The allowance between two amounts: none when they share a unit; across units the configured
     * tolerance, or half the last stated digit of the coarser amount when that is larger (a text
     * that says 17,192万元 states the sum to the nearest 万元).
     */
    public Amount toleranceBetween(Amount a, Amount b) {
        if (a.unit() == b.unit()) {
            return Amount.zero(a.unit());
        }
        Amount coarser = a.unit().inYuan().compareTo(b.unit().inYuan()) > 0 ? a : b;
        int scale = Math.max(coarser.value().scale(), 0);
        Amount halfDigit = new Amount(BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2)), coarser.unit());
        return halfDigit.compareTo(crossUnitTolerance) > 0 ? halfDigit : crossUnitTolerance;
    }

    public boolean agree(Amount a, Amount b) {
        return a.agreesWith(b, toleranceBetween(a, b));
    }
}
