package org.gongkai.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.Placements;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.AuditEntry;
import org.gongkai.store.AuditLog;

/**
 * Who reads which entries of the audit log. Administrators read all of it; a reviewer reads the
 * entries of the regions they review (their region and below: its regions, departments and
 * disclosures), as they may see those drafts; nobody else reads entries. Entries about accounts
 * ({@code users/...}: sign-ins, tokens, new accounts) are the administrators' only. The chain is
 * still checked whole by {@code verify}, which tells the intact or the first broken seq, no content.
 */
public final class AuditAccess {

    private final Transactions transactions;
    private final AuditLog audit;
    private final Regions regions;
    private final Placements placements;

    AuditAccess(Transactions transactions, AuditLog audit, Regions regions, Placements placements) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.placements = Objects.requireNonNull(placements, "placements");
    }

    /**
     * The entries {@code actor} may read, in order; refused for anyone but reviewers and
     * administrators. A reviewer's share takes the same statements however long the log is: the
     * entries, the codes of the regions below theirs, and where the departments named sit.
     */
    public List<AuditEntry> entries(Actor actor) {
        if (actor.is(Role.ADMINISTRATOR)) {
            return audit.entries();
        }
        if (!actor.is(Role.REVIEWER)) {
            throw WorkflowException.forbidden("the audit log is for reviewers and administrators");
        }
        List<AuditEntry> all = audit.entries();
        if (actor.regionId() == null) {
            return List.of();
        }
        long top = actor.regionId();
        List<Subject> subjects = all.stream().map(e -> Subject.of(e.subject())).toList();
        return transactions.inTransaction(() -> {
            Set<String> regionCodes = regions.codesWithin(top);
            Map<Long, Placement> departments = placements.of(subjects.stream()
                    .flatMap(s -> s.department().stream()).distinct().toList());
            List<AuditEntry> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Subject subject = subjects.get(i);
                boolean in = subject.department().map(departments::get).map(p -> p.within(top)).orElse(false)
                        || subject.regionCode().map(regionCodes::contains).orElse(false);
                if (in) {
                    out.add(all.get(i));
                }
            }
            return out;
        });
    }

    /**
     * What an entry is about, as far as regions go: {@code departments/ID/...} a department,
     * {@code regions/CODE/...} a region; anything else (accounts) neither.
     */
    private record Subject(Optional<Long> department, Optional<String> regionCode) {

        static Subject of(String subject) {
            String[] parts = subject.split("/", 3);
            if (parts.length >= 2 && parts[0].equals("departments")) {
                return new Subject(number(parts[1]), Optional.empty());
            }
            if (parts.length >= 2 && parts[0].equals("regions")) {
                return new Subject(Optional.empty(), Optional.of(parts[1]));
            }
            return new Subject(Optional.empty(), Optional.empty());
        }

        private static Optional<Long> number(String text) {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
