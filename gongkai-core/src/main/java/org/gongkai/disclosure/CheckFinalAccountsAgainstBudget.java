package org.gongkai.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.validation.Finding;
import org.gongkai.validation.rules.acrossdocuments.InitialBudgetIsThePublishedBudget;

/**
 * A 决算 against the budget its department published for the same year (rule
 * {@code final-initial-budget-is-the-published-budget}): for a caller holding both documents (a store), and
 * over a batch of checked documents (an audit folder), grouped by department and fiscal year, the findings
 * added to the 决算's.
 */
public final class CheckFinalAccountsAgainstBudget {

    /** The findings on the 决算, pointers into it; none when the documents are not a 决算 and a budget. */
    public List<Finding> check(Disclosure finalAccounts, Disclosure budget) {
        return InitialBudgetIsThePublishedBudget.check(finalAccounts, budget);
    }

    /**
     * The results with each 决算 checked against the budget of its department and year in the same batch:
     * the budget of its own level (部门决算 with 部门预算, 单位决算 with 单位预算). A 决算 whose year has no budget in
     * the batch, or more than one of its level, is left as it was.
     */
    public List<DocumentResult> across(List<DocumentResult> results) {
        List<DocumentResult> out = new ArrayList<>(results);
        for (DocumentResult fa : results) {
            if (fa.isUnusable() || !fa.disclosure().document().kind().isFinalAccounts()) {
                continue;
            }
            DocumentKind budgetKind = fa.disclosure().document().kind() == DocumentKind.DEPARTMENT_FINAL_ACCOUNTS
                    ? DocumentKind.DEPARTMENT_BUDGET : DocumentKind.UNIT_BUDGET;
            List<DocumentResult> budgets = results.stream()
                    .filter(b -> !b.isUnusable() && b.disclosure().document().kind() == budgetKind)
                    .filter(b -> b.disclosure().fiscalYear() == fa.disclosure().fiscalYear())
                    .filter(b -> b.disclosure().department().isSamePublisherAs(fa.disclosure().department()))
                    .toList();
            if (budgets.size() != 1) {
                continue;
            }
            List<Finding> found = check(fa.disclosure(), budgets.get(0).disclosure());
            if (!found.isEmpty()) {
                List<Finding> all = new ArrayList<>(fa.findings());
                all.addAll(found);
                out.set(out.indexOf(fa), new DocumentResult(fa.file(), fa.disclosure(), fa.problems(), all, fa.imported()));
            }
        }
        return out;
    }
}
