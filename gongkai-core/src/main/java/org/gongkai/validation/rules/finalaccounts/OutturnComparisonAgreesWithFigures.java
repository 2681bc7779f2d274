package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.OutturnComparison;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * The word a statement compares 决算 with 预算 in (决算数大于/小于/等于预算数, 持平) agrees with the figures it gives:
 * 大于 when the 决算 is larger, 小于 when smaller, 等于 or 持平 only when they are the same.
 */
public final class OutturnComparisonAgreesWithFigures extends FinalAccountsRule {

    public OutturnComparisonAgreesWithFigures() {
        super(new RuleInfo("outturn-comparison-agrees-with-figures", Category.CONSISTENCY, Severity.ERROR,
                "部门决算公开模板：“决算数大于（小于）预算数的主要原因”，如持平作持平表述",
                "“决算数大于/小于/等于预算数”“持平”的表述与所列预算数、决算数一致",
                "The word comparing outturn with budget (大于, 小于, 等于, 持平) agrees with the figures",
                "年初预算为1,560.05万元，支出决算为1,511.89万元，决算数大于预算数",
                "年初预算为10.00万元，支出决算为10.00万元，决算数与预算数基本持平"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        boolean any = false;
        for (StatedOutturns.Stated s : StatedOutturns.of(d, context)) {
            OutturnComparison word = s.outturn().comparison();
            Optional<Amount> budget = s.budget();
            Amount outturn = s.outturn().outturn() != null ? s.outturn().outturn() : s.tableOutturn();
            if (word == null) {
                continue;
            }
            any = true;
            String at = s.at() + "/comparison";
            if (budget.isEmpty() || outturn == null) {
                findings.add(couldNotCheck(at, s.name() + "的预算数或决算数未列出", "the budget or outturn of " + s.name() + " is not stated"));
                continue;
            }
            int sign = outturn.compareTo(budget.get());
            boolean agrees = switch (word) {
                case ABOVE -> sign > 0;
                case BELOW -> sign < 0;
                case EQUAL, FLAT -> sign == 0;
            };
            if (!agrees) {
                String actual = sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
                findings.add(mismatch(at, s.name(), budget.get(), outturn,
                        s.name() + "：决算" + outturn + actual + "预算" + budget.get() + "，说明却称“" + word.word() + "”",
                        s.name() + ": outturn " + outturn + " is " + (sign > 0 ? "above" : sign < 0 ? "below" : "equal to")
                                + " budget " + budget.get() + ", but the statement says " + word.word()));
            }
        }
        if (!any) {
            findings.add(couldNotCheck("/finalAccounts", "说明未将任何决算数与预算数比较", "the statement compares no outturn with its budget"));
        }
    }
}
