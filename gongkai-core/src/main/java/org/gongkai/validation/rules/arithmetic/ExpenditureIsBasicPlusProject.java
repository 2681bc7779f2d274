package org.gongkai.validation.rules.arithmetic;

import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Expenditure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** 支出合计 = 基本支出 + 项目支出 (+ 单位预留机动经费, where the template reserves it as a third part). */
public final class ExpenditureIsBasicPlusProject extends AbstractRule {

    public ExpenditureIsBasicPlusProject() {
        super(new RuleInfo("expenditure-is-basic-plus-project", Category.ARITHMETIC, Severity.ERROR,
                "部门支出总表：合计 = 基本支出 + 项目支出",
                "支出合计等于基本支出与项目支出之和（模板另列单位预留机动经费的，加上该项）",
                "Total expenditure equals basic plus project expenditure (plus the reserve, where the template states one)",
                "支出预算756.96万元，其中基本支出130.56万元，项目支出600万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Expenditure e = d.overview() == null ? null : d.overview().expenditure();
        if (e == null) {
            return none();
        }
        Amount total = Sums.amount(e.total());
        Amount basic = Sums.amount(e.basic());
        Amount project = Sums.amount(e.project());
        if (!Sums.allStated(total, basic, project)) {
            return none();
        }
        Amount reserve = Sums.amount(e.reserve());
        Amount sum = reserve == null ? basic.plus(project) : basic.plus(project).plus(reserve);
        List<Amount> figures = new java.util.ArrayList<>(List.of(total, basic, project));
        if (reserve != null) {
            figures.add(reserve);
        }
        return sumOfParts(context, "/overview/expenditure/total/amount", "支出合计", sum, total, figures,
                () -> new Message("支出合计" + total + "不等于基本支出" + basic + "与项目支出" + project
                                + (reserve == null ? "" : "、单位预留机动经费" + reserve) + "之和" + sum,
                        "total expenditure " + total + " is not basic " + basic + " plus project " + project
                                + (reserve == null ? "" : " plus reserve " + reserve) + " = " + sum));
    }
}
