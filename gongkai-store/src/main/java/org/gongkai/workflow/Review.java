package org.gongkai.workflow;

import static org.gongkai.workflow.DisclosureRows.*;
import static org.gongkai.workflow.Gates.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.DisclosureView;
import org.gongkai.workflow.Workflow.Rendered;

/** Review: the department submits, the finance bureau returns or approves. */
final class Review extends UseCase {

    Review(Database database, JdbcAuditLog audit, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        super(database, audit, codec, checks, renderer, clock);
    }

    /** Hands the latest version to the finance bureau: no errors, every warning acknowledged. */
    public DisclosureView submit(Actor actor, long id) {
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requirePreparer(c, actor, head.departmentId, id);
            List<Finding> findings = checks.apply(head.disclosure(codec));
            record(c, id, head, head.lifecycle().submit(findings, acknowledgedKeys(c, id, head.version)), actor);
            return view(c, id);
        });
    }

    /** The reviewer sends the latest version back with a comment saying what to change. */
    public DisclosureView returnForChanges(Actor actor, long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw WorkflowException.invalid("/comment", "退回须说明原因 (a return needs a comment)");
        }
        FieldLength.atMost("/comment", comment.strip(), 4000);
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requireReviewer(c, actor, head.departmentId, id);
            record(c, id, head, head.lifecycle().returnForChanges(comment), actor);
            return view(c, id);
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
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requireReviewer(c, actor, head.departmentId, id);
            Lifecycle.Transition approval = head.lifecycle().approve(approvedOn == null ? today() : approvedOn);
            record(c, id, head, approval, actor);
            return view(c, id);
        });
    }
}
