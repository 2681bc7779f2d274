package org.gongkai.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.DisclosureView;

/** Review: the department submits, the finance bureau returns or approves. */
final class Review {

    private final Transactions transactions;
    private final Disclosures disclosures;
    private final Gates gates;
    private final DisclosureViews views;
    private final Steps steps;
    private final CanonicalCodec codec;
    private final Function<Disclosure, List<Finding>> checks;
    private final Clock clock;

    Review(Repositories repositories, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks, Clock clock) {
        this.transactions = repositories.transactions();
        this.disclosures = repositories.disclosures();
        this.gates = new Gates(repositories.placements(), disclosures);
        this.views = repositories.views();
        this.steps = new Steps(disclosures, codec, checks);
        this.codec = Objects.requireNonNull(codec, "codec");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Hands the latest version to the finance bureau: no errors, every warning acknowledged. */
    public DisclosureView submit(Actor actor, long id) {
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requirePreparer(actor, head.departmentId(), id);
            List<Finding> findings = checks.apply(head.disclosure(codec));
            steps.record(head, head.lifecycle().submit(findings, disclosures.acknowledged(id, head.version())), actor);
            return views.of(disclosures.latest(id));
        });
    }

    /** The reviewer sends the latest version back with a comment saying what to change. */
    public DisclosureView returnForChanges(Actor actor, long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw WorkflowException.invalid("/comment", "退回须说明原因 (a return needs a comment)");
        }
        FieldLength.atMost("/comment", comment.strip(), 4000);
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requireReviewer(actor, head.departmentId(), id);
            steps.record(head, head.lifecycle().returnForChanges(comment), actor);
            return views.of(disclosures.latest(id));
        });
    }

    /**
     * The reviewer approves; the approval date (today in Beijing unless given) starts the 20-day
     * deadline and is written into the document.
     */
    public DisclosureView approve(Actor actor, long id, LocalDate approvedOn) {
        if (approvedOn != null && (approvedOn.getYear() < 1900 || approvedOn.getYear() > 2999)) {
            throw WorkflowException.invalid("/approvedOn", "批复日期须在1900至2999年之间 (an approval date between the years 1900 and 2999)");
        }
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requireReviewer(actor, head.departmentId(), id);
            LocalDate on = approvedOn == null ? LocalDate.ofInstant(clock.instant(), Workflow.ZONE) : approvedOn;
            Lifecycle.Transition approval = head.lifecycle().approve(on);
            steps.record(head, approval, actor);
            return views.of(disclosures.latest(id));
        });
    }
}
