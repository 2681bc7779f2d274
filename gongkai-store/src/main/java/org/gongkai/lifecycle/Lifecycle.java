package org.gongkai.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;

/**
 * A disclosure's lifecycle: its latest version moves draft → submitted → returned or approved →
 * published, and a published version is corrected by a new draft version. The aggregate owns these
 * changes: each step checks that it is allowed from where the version stands and returns the state
 * after it with the event that says what happened, for the workflow's history and the audit log.
 * Nothing here reads or writes a database.
 *
 * @param approvedOn       the finance bureau's approval, set by the first approval and kept after
 * @param firstPublishedAt the first publication, kept through corrections
 */
public record Lifecycle(DisclosureKind kind, int fiscalYear, int version, VersionStatus status,
        LocalDate approvedOn, Instant firstPublishedAt) {

    /** A step taken: the lifecycle after it and what happened. */
    public record Transition(Lifecycle after, LifecycleEvent event) {
    }

    public Lifecycle {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (version < 1) {
            throw new IllegalArgumentException("version " + version);
        }
    }

    /** A new disclosure: version 1, a draft. */
    public static Lifecycle started(DisclosureKind kind, int fiscalYear) {
        return new Lifecycle(kind, fiscalYear, 1, VersionStatus.DRAFT, null, null);
    }

    /**
     * A disclosure published elsewhere and loaded here as published (its own approval date, if it
     * states one), at {@code at}.
     */
    public static Lifecycle loadedAsPublished(DisclosureKind kind, int fiscalYear, LocalDate approvedOn, Instant at) {
        return new Lifecycle(kind, fiscalYear, 1, VersionStatus.PUBLISHED, approvedOn, at);
    }

    /** The last day to publish in time, once approved. */
    public LocalDate deadline() {
        return approvedOn == null ? null : PublicationDeadline.deadline(approvedOn);
    }

    /** Whether the preparers may still change the latest version: a draft, or returned to them. */
    public boolean editable() {
        return status == VersionStatus.DRAFT || status == VersionStatus.RETURNED;
    }

    /** Refuses a change of content unless the latest version is a draft or returned. */
    public Transition edit() {
        if (!editable()) {
            throw WorkflowException.conflict("version " + version + " is " + status.code()
                    + (status == VersionStatus.PUBLISHED
                            ? "; start a correction to change it (已公开版本不可修改，请发起更正)"
                            : " and cannot change until it is returned (审核中，不可修改)"));
        }
        return new Transition(with(VersionStatus.DRAFT), new LifecycleEvent(version, "save", null, status,
                VersionStatus.DRAFT));
    }

    /**
     * Hands the version to the finance bureau. Refused while the rule catalogue finds an error or a
     * warning without an acknowledgement ({@code acknowledged} holds {@code rule + " " + path}).
     */
    public Transition submit(List<Finding> findings, Set<String> acknowledged) {
        require(VersionStatus.SUBMITTED);
        List<WorkflowException.FieldProblem> blocking = new ArrayList<>();
        long errors = 0;
        long open = 0;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                errors++;
                blocking.add(new WorkflowException.FieldProblem(f.path(), "[" + f.rule() + "] " + f.message()));
            } else if (f.severity() == Severity.WARNING && !acknowledged.contains(f.rule() + " " + f.path())) {
                open++;
                blocking.add(new WorkflowException.FieldProblem(f.path(),
                        "[" + f.rule() + "] 警告未确认 (warning not acknowledged): " + f.message()));
            }
        }
        if (!blocking.isEmpty()) {
            throw new WorkflowException(WorkflowException.Kind.BLOCKED_BY_FINDINGS, errors + " error(s) and " + open
                    + " unacknowledged warning(s) block submission (存在错误或未确认的警告，不能提交)", blocking,
                    Map.of("errors", errors, "unacknowledgedWarnings", open));
        }
        return move(VersionStatus.SUBMITTED, "submit", null);
    }

    /** The reviewer sends the version back; the comment says what to change. */
    public Transition returnForChanges(String comment) {
        if (comment == null || comment.isBlank()) {
            throw WorkflowException.invalid("/comment", "退回须说明原因 (a return needs a comment)");
        }
        require(VersionStatus.RETURNED);
        return move(VersionStatus.RETURNED, "return", comment.strip());
    }

    /**
     * The reviewer approves on {@code on}. The first approval date of a disclosure stays its approval
     * date: a corrected version approved again keeps the deadline it had.
     */
    public Transition approve(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (on.getYear() < 1900 || on.getYear() > 2999) {
            throw WorkflowException.invalid("/approvedOn",
                    "批复日期须在1900至2999年之间 (an approval date between the years 1900 and 2999)");
        }
        require(VersionStatus.APPROVED);
        LocalDate kept = approvedOn == null ? on : approvedOn;
        Lifecycle after = new Lifecycle(kind, fiscalYear, version, VersionStatus.APPROVED, kept, firstPublishedAt);
        return new Transition(after, new LifecycleEvent(version, "approve", "批复日期 " + kept, status,
                VersionStatus.APPROVED));
    }

    /** Publishes the approved version at {@code at}; the first publication stays the disclosure's. */
    public Transition publish(Instant at) {
        Objects.requireNonNull(at, "at");
        require(VersionStatus.PUBLISHED);
        Lifecycle after = new Lifecycle(kind, fiscalYear, version, VersionStatus.PUBLISHED, approvedOn,
                firstPublishedAt == null ? at : firstPublishedAt);
        return new Transition(after, new LifecycleEvent(version, "publish", null, status, VersionStatus.PUBLISHED));
    }

    /** Starts a correction of the published version: a new draft version with a change note. */
    public Transition correct(String changeNote) {
        if (changeNote == null || changeNote.isBlank()) {
            throw WorkflowException.invalid("/changeNote", "更正须说明更正内容 (a correction needs a change note)");
        }
        if (status != VersionStatus.PUBLISHED) {
            throw WorkflowException.conflict("version " + version + " is " + status.code()
                    + "; only a published disclosure is corrected (仅已公开的版本可以更正)");
        }
        Lifecycle after = new Lifecycle(kind, fiscalYear, version + 1, VersionStatus.DRAFT, approvedOn,
                firstPublishedAt);
        return new Transition(after, new LifecycleEvent(version + 1, "correct", changeNote.strip(), null,
                VersionStatus.DRAFT));
    }

    /** The dates the document states of itself: the approval, and the day in Beijing of the first publication. */
    public LocalDate publishedOn() {
        return firstPublishedAt == null ? null : PublicationDeadline.dayOf(firstPublishedAt);
    }

    private void require(VersionStatus to) {
        if (!status.next().contains(to)) {
            throw WorkflowException.conflict("version " + version + " is " + status.code()
                    + " and cannot become " + to.code() + " (当前状态不允许此操作)");
        }
    }

    private Transition move(VersionStatus to, String action, String comment) {
        return new Transition(with(to), new LifecycleEvent(version, action, comment, status, to));
    }

    private Lifecycle with(VersionStatus to) {
        return new Lifecycle(kind, fiscalYear, version, to, approvedOn, firstPublishedAt);
    }
}
