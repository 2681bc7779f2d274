package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * Every line whose 决算 differs from its 预算 gives the reason (预决算持平的不用说明变动原因). A 三公 item may be
 * explained by the reason given for the 三公 total.
 */
public final class OutturnDifferenceHasAReason extends FinalAccountsRule {

    public OutturnDifferenceHasAReason() {
        super(new RuleInfo("outturn-difference-has-a-reason", Category.COMPLETENESS, Severity.WARNING,
                "部门决算公开模板：按项级科目说明决算数大于（小于）预算数的主要原因，预决算持平的不用说明",
                "决算数与预算数不同的科目说明了原因",
                "Every line whose outturn differs from its budget gives the reason",
                "2010607 信息化建设：年初预算135.90万元，支出决算135.25万元，未说明原因",
                "2010607 信息化建设：年初预算135.90万元，支出决算135.25万元，决算数小于预算数的主要原因：项目进度调减经费"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        List<StatedOutturns.Stated> all = StatedOutturns.of(d, context);
        boolean totalExplained = all.stream().anyMatch(s -> s.item() == org.gongkai.model.Column.TOTAL && s.outturn().hasReason());
        boolean any = false;
        for (StatedOutturns.Stated s : all) {
            Optional<Amount> budget = s.budget();
            Amount outturn = s.outturn().outturn() != null ? s.outturn().outturn() : s.tableOutturn();
            if (budget.isEmpty() || outturn == null) {
                continue;
            }
            any = true;
            if (outturn.compareTo(budget.get()) == 0 || s.outturn().hasReason() || (s.item() != null && totalExplained)) {
                continue;
            }
            findings.add(mismatch(s.at() + "/reason", s.name(), budget.get(), outturn,
                    s.name() + "：预算" + budget.get() + "，决算" + outturn + "，未说明差异原因",
                    s.name() + ": budget " + budget.get() + ", outturn " + outturn + ", and no reason for the difference"));
        }
        if (!any) {
            findings.add(couldNotCheck("/finalAccounts", "说明未列出任何科目的预算数与决算数",
                    "the statement gives no line's budget and outturn"));
        }
    }
}
