package org.gongkai.workflow;

import org.gongkai.lifecycle.StoredVersion;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.Checked;
import org.gongkai.workflow.Workflow.Rendered;

/**
 * Starting a disclosure from a published one: next year's budget from this year's, and the year's
 * 决算 from the year's budget.
 */
final class NextDisclosures extends UseCase {

    private final UnaryOperator<Disclosure> nextYear;
    private final UnaryOperator<Disclosure> finalAccountsDraft;

    NextDisclosures(Repositories repositories, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock,
            UnaryOperator<Disclosure> nextYear, UnaryOperator<Disclosure> finalAccountsDraft) {
        super(repositories, codec, checks, renderer, clock);
        this.nextYear = Objects.requireNonNull(nextYear, "nextYear");
        this.finalAccountsDraft = Objects.requireNonNull(finalAccountsDraft, "finalAccountsDraft");
    }

    /**
     * Starts next year from this year: a draft for year N+1 of the same department, its structure
     * copied and every prior-year figure filled from year N's latest published version.
     */
    public Checked startNextYear(Actor actor, long id) {
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.latest(id);
            gates.requirePreparer(actor, head.departmentId(), id);
            if (head.kind() != DisclosureKind.BUDGET) {
                throw WorkflowException.conflict("a 决算 is started from its year's published budget, not from last"
                        + " year's 决算 (决算请从本年度已公开的预算开始编制)");
            }
            StoredVersion published = disclosures.latestPublished(id).orElseThrow(() -> WorkflowException.conflict(
                    "the " + head.fiscalYear() + " disclosure is not published yet (上年度尚未公开)"));
            int next = head.fiscalYear() + 1;
            departments.lock(head.departmentId());
            if (disclosures.find(head.departmentId(), next, DisclosureKind.BUDGET).isPresent()) {
                throw WorkflowException.conflict("the department already has a disclosure for " + next);
            }
            Disclosures.Revision content = revision(nextYear.apply(published.disclosure(codec)));
            String note = "由" + head.fiscalYear() + "年度第" + published.version() + "版生成 (from " + head.fiscalYear()
                    + " version " + published.version() + ")";
            long newId = disclosures.start(head.departmentId(), Lifecycle.started(DisclosureKind.BUDGET, next), content,
                    new Disclosures.Origin("next-year", "next-year", note, published.sha256()), actor);
            return new Checked(view(newId), content.findings(), Set.of());
        });
    }

    /**
     * Starts the year's 决算 from the year's budget: a draft of the department's final accounts for
     * the same fiscal year, beside the budget, made from the budget's latest published version (its
     * department, duties and organisation, and every 年初预算 the 决算 compares with). Its own approval
     * date, once a reviewer gives it, starts its own 20-day deadline.
     */
    public Checked startFinalAccounts(Actor actor, long budgetId) {
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.latest(budgetId);
            gates.requirePreparer(actor, head.departmentId(), budgetId);
            if (head.kind() != DisclosureKind.BUDGET) {
                throw WorkflowException.conflict("disclosure " + budgetId + " is a 决算 already (该公开已是决算)");
            }
            StoredVersion published = disclosures.latestPublished(budgetId).orElseThrow(() -> WorkflowException.conflict(
                    "the " + head.fiscalYear() + " budget is not published yet (本年度预算尚未公开)"));
            departments.lock(head.departmentId());
            if (disclosures.find(head.departmentId(), head.fiscalYear(), DisclosureKind.FINAL_ACCOUNTS).isPresent()) {
                throw WorkflowException.conflict("the department already has final accounts for " + head.fiscalYear()
                        + " (本年度决算公开已存在)");
            }
            Disclosure draft = finalAccountsDraft.apply(published.disclosure(codec));
            if (!draft.document().kind().isFinalAccounts() || draft.fiscalYear() != head.fiscalYear()) {
                throw new IllegalStateException("the 决算 draft of " + head.fiscalYear() + " came out as "
                        + draft.document().kind() + " of " + draft.fiscalYear());
            }
            Disclosures.Revision content = revision(draft);
            String note = "由" + head.fiscalYear() + "年度预算第" + published.version() + "版生成 (from the "
                    + head.fiscalYear() + " budget, version " + published.version() + ")";
            long newId = disclosures.start(head.departmentId(),
                    Lifecycle.started(DisclosureKind.FINAL_ACCOUNTS, head.fiscalYear()), content,
                    new Disclosures.Origin("final-accounts", "final-accounts", note, published.sha256()), actor);
            return new Checked(view(newId), content.findings(), Set.of());
        });
    }
}
