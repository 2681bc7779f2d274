package org.gongkai.validation.rules.arithmetic;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** 收入合计 = Σ 各来源收入 (the three fiscal funds count once, inside 财政拨款 when that is listed). */
public final class IncomeTotalIsSumOfSources extends AbstractRule {

    private static final Set<IncomeSource> INSIDE_FISCAL_GRANT =
            EnumSet.of(IncomeSource.GENERAL_PUBLIC_BUDGET, IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL);

    public IncomeTotalIsSumOfSources() {
        super(new RuleInfo("income-total-is-sum-of-sources", Category.ARITHMETIC, Severity.ERROR,
                "财预〔2016〕143号 部门收支总表：收入总计 = 各项收入之和",
                "收入合计等于各来源收入之和",
                "The stated income total equals the sum of its sources",
                "收入756.96万元，其中一般公共预算收入700万元、基金预算收入0万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Income income = d.overview() == null ? null : d.overview().income();
        if (income == null || income.total() == null || income.total().amount() == null || income.sources().isEmpty()) {
            return none();
        }
        boolean fiscalGrantListed = income.sources().stream().anyMatch(s -> s.source() == IncomeSource.FISCAL_GRANT);
        List<Amount> parts = income.sources().stream()
                .filter(s -> !(fiscalGrantListed && INSIDE_FISCAL_GRANT.contains(s.source())))
                .map(IncomeLine::figure).map(Sums::amount).toList();
        Amount sum = Sums.sum(parts);
        Amount total = income.total().amount();
        if (sum == null) {
            return none();
        }
        String label = income.totalLabel() == null ? "收入合计" : income.totalLabel();
        List<Amount> figures = new java.util.ArrayList<>(parts);
        figures.add(total);
        return sumOfParts(context, "/overview/income/total/amount", label, sum, total, figures,
                () -> new Message(label + total + "，与各来源收入之和" + sum + "不符",
                        "income total " + total + " differs from the sum of its sources " + sum));
    }
}
