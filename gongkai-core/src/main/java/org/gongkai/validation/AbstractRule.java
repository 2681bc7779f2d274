package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.gongkai.model.Amount;
import org.gongkai.model.MoneyUnit;

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

    /** A finding's message in Chinese and in English, for a caller that spells it only when the finding is made. */
    public record Message(String zh, String en) {}

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

    /**
     * A whole stated against the sum of its stated parts. Each figure printed to its last digit
     * (346.30万元, 17,192万元) may be off by half of it — parameter {@code rounding-per-part}, in last
     * digits, default 0.5; 0 makes the rule exact — so a difference within the sum of those halves
     * is an {@code info} hint with the tolerance stated, and only a larger one has the rule's
     * severity. Amounts in 元 and zeros are taken as exact.
     */
    protected List<Finding> sumOfParts(CheckContext context, String path, String subject, Amount sum, Amount whole,
            List<Amount> figures, Supplier<Message> message) {
        if (context.agree(sum, whole)) {
            return none();
        }
        Message m = message.get();
        Finding f = mismatch(path, subject, sum, whole, m.zh(), m.en());
        BigDecimal perPart = context.parameter(info.id(), "rounding-per-part", new BigDecimal("0.5"));
        Amount allowance = Amount.zero(whole.unit());
        for (Amount a : figures) {
            if (a != null && a.unit() != MoneyUnit.YUAN && !a.isZero()) {
                allowance = allowance.plus(new Amount(perPart.movePointLeft(Math.max(a.value().scale(), 0)), a.unit()).in(whole.unit()));
            }
        }
        if (perPart.signum() > 0 && whole.minus(sum.in(whole.unit())).abs().compareTo(allowance) <= 0) {
            return List.of(new Finding(f.rule(), f.category(), Severity.INFO, f.path(), f.subject(),
                    f.message() + "（在各数按所印位数取整的尾差±" + allowance + "以内，只作提示）",
                    f.messageEn() + " (within the rounding of the printed figures, ±" + allowance + ": a hint)",
                    f.expected(), f.actual(), f.difference()));
        }
        return List.of(f);
    }

    protected static List<Finding> none() {
        return List.of();
    }
}
