package org.gongkai.validation.rules.arithmetic;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** 收支总表 and 财政拨款收支总表: 收入总计 = 支出总计. */
public final class SummaryTableBalances extends AbstractRule {

    public SummaryTableBalances() {
        super(new RuleInfo("summary-table-balances", Category.ARITHMETIC, Severity.ERROR,
                "部门收支总表、财政拨款收支总表：收入总计 = 支出总计",
                "收支总表的收入总计等于支出总计",
                "In the income-and-expenditure summaries, total income equals total expenditure",
                "财务收支预算总表：收入总计171,915,169元，支出总计171,915,069元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            if ((t.kind() != TableKind.INCOME_EXPENDITURE_SUMMARY && t.kind() != TableKind.FISCAL_GRANT_SUMMARY)
                    || t.incomeTotal() == null || t.total() == null) {
                continue;
            }
            Amount income = t.incomeTotal().amount(Column.AMOUNT).or(() -> t.incomeTotal().amount(Column.TOTAL)).orElse(null);
            Amount spending = t.total().amount(Column.TOTAL).or(() -> t.total().amount(Column.AMOUNT)).orElse(null);
            if (income == null || spending == null || income.compareTo(spending) == 0) {
                continue;
            }
            findings.add(mismatch(Pointer.of("tables", i, "total", "amounts", "total"), t.title(), income, spending,
                    "《" + t.title() + "》收入总计" + income + "，支出总计" + spending + "，收支不平衡",
                    "table '" + t.title() + "': income total " + income + " but expenditure total " + spending));
        }
        return findings;
    }
}
