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
 * A stated completion rate (完成年初预算的98.20%) is the 决算 over the 预算 it names, to the digits stated; a rate
 * stated against no budget (a zero or blank 预算) means nothing and is reported.
 */
public final class CompletionRateAgreesWithFigures extends FinalAccountsRule {

    public CompletionRateAgreesWithFigures() {
        super(new RuleInfo("completion-rate-agrees-with-figures", Category.CONSISTENCY, Severity.ERROR,
                "部门决算公开模板：“完成年初预算的x%” = 支出决算 ÷ 年初预算；年初预算为0时不应表述完成率",
                "说明中的预算完成率等于决算数除以预算数；没有预算的项目不写完成率",
                "A stated completion rate equals outturn over budget; an item without a budget states no rate",
                "年初预算为2,993.92万元，支出决算为2,940.05万元，完成年初预算的99.20%",
                "年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        boolean any = false;
        for (StatedOutturns.Stated s : StatedOutturns.of(d, context)) {
            if (s.outturn().completionRate() == null) {
                continue;
            }
            any = true;
            String at = s.at() + "/completionRate";
            Optional<Amount> budget = s.budget();
            Amount outturn = s.outturn().outturn();
            if (budget.isEmpty() || outturn == null) {
                findings.add(couldNotCheck(at, s.name() + "的预算数或决算数未列出", "the budget or outturn of " + s.name() + " is not stated"));
                continue;
            }
            var rate = s.outturn().completionRate();
            if (budget.get().isZero()) {
                findings.add(finding(at, s.name(),
                        s.name() + "没有预算（预算数为0或空白），却称“完成预算的" + rate.toPlainString() + "%”",
                        s.name() + " has no budget (zero or blank), yet a completion rate of " + rate.toPlainString() + "% is stated"));
                continue;
            }
            if (!Percentages.agrees(outturn, budget.get(), rate)) {
                var expected = Percentages.of(outturn, budget.get(), rate.scale());
                findings.add(finding(at, s.name(),
                        s.name() + "：决算" + outturn + " ÷ 预算" + budget.get() + " = " + expected.toPlainString() + "%，说明称完成"
                                + rate.toPlainString() + "%",
                        s.name() + ": outturn " + outturn + " / budget " + budget.get() + " = " + expected.toPlainString()
                                + "%, but " + rate.toPlainString() + "% is stated"));
            }
        }
        if (!any) {
            findings.add(couldNotCheck("/finalAccounts", "说明未列出任何预算完成率", "the statement states no completion rate"));
        }
    }
}
