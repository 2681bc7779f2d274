package org.gongkai.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gongkai.lifecycle.AccessPolicy;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DeadlineStanding;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.workflow.Standings.Standing;

/**
 * The deadline dashboard: every department of a region and the regions below it, with where its
 * budget or 决算 of a year stands against the 20-day deadline ({@link DeadlineStanding}). Those who
 * may not see a department's drafts learn neither that one exists nor when it was approved.
 */
final class Deadlines {

    private final Transactions transactions;
    private final Standings standings;
    private final Clock clock;

    Deadlines(Transactions transactions, Standings standings, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.standings = Objects.requireNonNull(standings, "standings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    List<Workflow.DeadlineRow> of(Actor actor, String regionCode, int year, DisclosureKind kind) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Workflow.ZONE);
        AccessPolicy policy = new AccessPolicy(actor);
        return transactions.inTransaction(() -> standings.of(regionCode, year, kind)).stream()
                .map(s -> row(s, policy.seesDrafts(s.place()), today)).toList();
    }

    private static Workflow.DeadlineRow row(Standing s, boolean insider, LocalDate today) {
        if (s.disclosureId() == null) {
            return empty(s, insider ? DeadlineStanding.MISSING : DeadlineStanding.NOT_PUBLISHED);
        }
        Instant published = s.publishedAt();
        if (!insider && published == null) {
            // an outsider learns neither that a draft exists nor when it was approved
            return empty(s, DeadlineStanding.NOT_PUBLISHED);
        }
        DeadlineStanding standing = DeadlineStanding.of(s.approvedOn(), published, today);
        boolean shown = insider || s.publishedVersion() != null;
        String status = !shown ? null : insider ? s.latestStatus() : VersionStatus.PUBLISHED.code();
        return new Workflow.DeadlineRow(s.department(), shown ? s.disclosureId() : null, standing.standing(), status,
                s.approvedOn(), standing.deadline(), published, standing.daysLate(),
                shown ? (insider ? s.latestErrors() : s.publishedErrors()) : null,
                shown ? (insider ? s.latestWarnings() : s.publishedWarnings()) : null);
    }

    private static Workflow.DeadlineRow empty(Standing s, String standing) {
        return new Workflow.DeadlineRow(s.department(), null, standing, null, null, null, null, null, null, null);
    }
}
