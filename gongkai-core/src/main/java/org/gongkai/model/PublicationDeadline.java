package org.gongkai.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The 20-day limit of 预算法 §14 and 《地方预决算公开操作规程》: a disclosure is published within 20
 * calendar days of the finance bureau's approval. The one definition of that limit, used by the rule
 * that checks a document and by the server's deadline dashboard. Days are days in Beijing; holidays
 * are not considered.
 */
public final class PublicationDeadline {

    /** Calendar days allowed between approval and publication. */
    public static final int DAYS = 20;
    /** China Standard Time: the day a deadline falls on is a day in Beijing. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PublicationDeadline() {
    }

    /** The last day on which a disclosure approved on {@code approvedOn} is published in time. */
    public static LocalDate deadline(LocalDate approvedOn) {
        return approvedOn.plusDays(DAYS);
    }

    /** Days from approval to publication (negative if published before approval). */
    public static long daysTaken(LocalDate approvedOn, LocalDate publishedOn) {
        return ChronoUnit.DAYS.between(approvedOn, publishedOn);
    }

    /** Days past the deadline on {@code day} (0 when on time). */
    public static long daysLate(LocalDate approvedOn, LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(deadline(approvedOn), day));
    }

    /** The day in Beijing of an instant. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }
}
