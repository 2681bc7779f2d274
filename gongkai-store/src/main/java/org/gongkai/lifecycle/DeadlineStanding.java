package org.gongkai.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gongkai.model.PublicationDeadline;

/**
 * Where a disclosure stands against its 20-day deadline ({@link PublicationDeadline}) on a day:
 * {@code published} (on time), {@code published-late}, {@code due} (approved, deadline ahead),
 * {@code overdue} (approved, deadline passed, not published), {@code in-preparation} (not approved
 * yet) or {@code published-no-approval-date} (deadline unknown); with the days late where it has them.
 */
public record DeadlineStanding(String standing, LocalDate deadline, Long daysLate) {

    /** The standing of a department with nothing started: {@code missing} for insiders. */
    public static final String MISSING = "missing";
    /** What an outsider learns of anything not published: neither that a draft exists nor when it was approved. */
    public static final String NOT_PUBLISHED = "not-published";

    public static DeadlineStanding of(LocalDate approvedOn, Instant firstPublishedAt, LocalDate today) {
        LocalDate deadline = approvedOn == null ? null : PublicationDeadline.deadline(approvedOn);
        if (firstPublishedAt != null) {
            if (deadline == null) {
                return new DeadlineStanding("published-no-approval-date", null, null);
            }
            long late = PublicationDeadline.daysLate(approvedOn, PublicationDeadline.dayOf(firstPublishedAt));
            return new DeadlineStanding(late > 0 ? "published-late" : "published", deadline, late);
        }
        if (deadline == null) {
            return new DeadlineStanding("in-preparation", null, null);
        }
        if (today.isAfter(deadline)) {
            return new DeadlineStanding("overdue", deadline, ChronoUnit.DAYS.between(deadline, today));
        }
        return new DeadlineStanding("due", deadline, null);
    }
}
