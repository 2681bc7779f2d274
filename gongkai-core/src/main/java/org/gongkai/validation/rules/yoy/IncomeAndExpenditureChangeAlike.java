package org.gongkai.validation.rules.yoy;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.MoneyUnit;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * Income and expenditure of the same total change alike: a budget balances, so when the text gives
 * the same amount for total income and total expenditure (or for fiscal-grant income and fiscal-grant
 * expenditure), the changes it states against last year are the same, in size and direction.
 */
public final class IncomeAndExpenditureChangeAlike extends AbstractRule {

    public IncomeAndExpenditureChangeAlike() {
        super(new RuleInfo("income-and-expenditure-change-alike", Category.YOY, Severity.ERROR,
                "部门收支总表：收入总计 = 支出总计，其增减变化相同；财预〔2016〕143号：说明收支增减变化",
                "同一总额的收入与支出所述的增减变化相同",
                "Income and expenditure of the same total are said to change by the same amount",
                "财政拨款收入17,192万元，比2024年预算减少990万元；财政拨款支出预算17,192万元，比2024年预算减少909万元",
                "财政拨款收入17,192万元，比2024年预算减少990万元；财政拨款支出预算17,192万元，比2024年预算减少990万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.overview() == null || d.overview().income() == null || d.overview().expenditure() == null) {
            return none();
        }
        var income = d.overview().income();
        var expenditure = d.overview().expenditure();
        List<Finding> findings = new ArrayList<>();
        compare(income.total(), expenditure.total(), "收入总计与支出总计", "/overview/expenditure/total/change", findings);
        for (IncomeLine l : income.sources()) {
            if (l.source() == IncomeSource.FISCAL_GRANT) {
                compare(l.figure(), expenditure.fiscalGrant(), "财政拨款收入与财政拨款支出", "/overview/expenditure/fiscalGrant/change", findings);
            }
        }
        return findings;
    }

    private void compare(Figure income, Figure expenditure, String what, String path, List<Finding> findings) {
        if (income == null || expenditure == null || income.amount() == null || expenditure.amount() == null
                || income.change() == null || expenditure.change() == null
                || income.amount().compareTo(expenditure.amount()) != 0) {
            return;
        }
        MoneyUnit unit = income.amount().unit();
        var in = income.change().signed(unit);
        var out = expenditure.change().signed(unit);
        if (in.compareTo(out) != 0) {
            findings.add(mismatch(path, what, in, out,
                    what + "同为" + income.amount() + "，收入的增减为" + in + "，支出的增减却为" + out,
                    "income and expenditure are both " + income.amount() + " but change by " + in + " and " + out));
        }
    }
}
