package org.gongkai.validation;

import java.util.List;
import org.gongkai.model.Amount;

/** The common shape of the standard rules: their info, and the wording of their findings. */
public abstract class AbstractRule implements Rule {

    private final RuleInfo info;

    protected AbstractRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    protected Finding finding(String path, String subject, String message, String messageEn) {
        return new Finding(info.id(), info.category(), info.severity(), path, subject, message, messageEn,
                null, null, null);
    }

    /** A finding on numbers: the difference is actual − expected, in the actual amount's unit. */
    protected Finding mismatch(String path, String subject, Amount expected, Amount actual, String message, String messageEn) {
        return new Finding(info.id(), info.category(), info.severity(), path, subject, message, messageEn,
                expected, actual, actual.minus(expected));
    }

    /** An info finding saying the rule could not check, and why: never a silent pass. */
    protected Finding couldNotCheck(String path, String why, String whyEn) {
        return new Finding(info.id(), info.category(), Severity.INFO, path, null,
                "无法检查：" + why, "could not check: " + whyEn, null, null, null);
    }

    protected static List<Finding> none() {
        return List.of();
    }
}
