package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Expenditure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Figure;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * The totals a 决算's statement names (收入支出总计, 本年收入合计, 本年支出合计, 基本支出, 人员经费 …) carry their
 * amounts: a sentence kept with its figure left as the template's placeholder (XXX万元), or a draft's figure
 * not yet entered, is a section that is there with a figure that is not. One finding per figure.
 */
public final class StatedFiguresAreFilledIn extends FinalAccountsRule {

    public StatedFiguresAreFilledIn() {
        super(new RuleInfo("final-stated-figures-are-filled-in", Category.COMPLETENESS, Severity.WARNING,
                "财预〔2016〕143号：公开内容应完整、准确；部门决算公开模板各部分的数字",
                "决算说明所列的总数都填写了金额",
                "Every total the final accounts' statement names has its amount",
                "四、财政拨款收入支出决算总体情况说明：财政拨款收入支出总计XXX万元",
                "四、财政拨款收入支出决算总体情况说明：财政拨款收入支出总计2,961.68万元"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        if (d.finalAccounts() == null && (d.overview() == null
                || d.overview().income() == null && d.overview().expenditure() == null)) {
            findings.add(couldNotCheck("/finalAccounts", "说明未列出收支总数", "the statement names none of its totals"));
            return;
        }
        FinalAccounts f = d.finalAccounts();
        if (f != null) {
            check(findings, f.grandTotal(), "/finalAccounts/grandTotal", "收入支出总计", "the grand total of income and expenditure");
            check(findings, f.fiscalGrantTotal(), "/finalAccounts/fiscalGrantTotal", "财政拨款收入支出总计",
                    "the fiscal grants' grand total");
            check(findings, f.generalBudgetExpenditure(), "/finalAccounts/generalBudgetExpenditure", "一般公共预算财政拨款支出",
                    "the general public budget expenditure");
        }
        BudgetOverview o = d.overview();
        if (o != null && o.income() != null) {
            String label = o.income().totalLabel() == null ? "本年收入合计" : o.income().totalLabel();
            check(findings, o.income().total(), "/overview/income/total", label, "the total income");
        }
        Expenditure e = o == null ? null : o.expenditure();
        if (e != null) {
            check(findings, e.total(), "/overview/expenditure/total", "本年支出合计", "the total expenditure");
            check(findings, e.basic(), "/overview/expenditure/basic", "基本支出", "the basic expenditure");
            check(findings, e.personnel(), "/overview/expenditure/personnel", "人员经费", "the personnel costs");
            check(findings, e.publicCosts(), "/overview/expenditure/publicCosts", "公用经费", "the public costs");
            check(findings, e.project(), "/overview/expenditure/project", "项目支出", "the project expenditure");
        }
    }

    private void check(List<Finding> findings, Figure figure, String at, String zh, String en) {
        if (figure != null && figure.amount() == null) {
            findings.add(finding(at + "/amount", zh, "说明列出了" + zh + "，但未填写金额（空白或模板占位符）",
                    "the statement names " + en + " (" + zh + ") but gives no amount (blank or a template placeholder)"));
        }
    }
}
