package org.gongkai.validation;

import java.util.Objects;
import org.gongkai.model.Amount;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.profile.TemplateProfile;

/**
 * What a rule may know besides the document: the profile in force (or null when the document
 * names one that is not known) and the tolerance allowed between amounts stated in different
 * units. Within one unit, arithmetic is exact.
 */
public record CheckContext(TemplateProfile profile, Amount crossUnitTolerance) {

    /** 0.01 万元 (100 元): the usual rounding allowance between 元 tables and 万元 text. */
    public static final Amount DEFAULT_CROSS_UNIT_TOLERANCE = Amount.of("0.01", MoneyUnit.WAN_YUAN);

    public CheckContext {
        Objects.requireNonNull(crossUnitTolerance, "crossUnitTolerance");
    }

    /** The tolerance between two amounts: none when they share a unit, else the cross-unit allowance. */
    public Amount toleranceBetween(Amount a, Amount b) {
        return a.unit() == b.unit() ? Amount.zero(a.unit()) : crossUnitTolerance;
    }
}
