package org.gongkai.model;

/**
 * A stated figure of the statement: this year's amount and, as far as the document states them,
 * last year's amount, the change and its reason. {@code null} means "not stated", which is not the
 * same as zero.
 */
public record Figure(Amount amount, Amount prior, Change change, String reason) {

    public static Figure of(Amount amount) {
        return new Figure(amount, null, null, null);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
