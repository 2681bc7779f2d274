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

/** 基本支出 = 人员经费 + 公用经费. */
public final class BasicExpenditureIsPersonnelPlusPublic extends AbstractRule {

    public BasicExpenditureIsPersonnelPlusPublic() {
        super(new RuleInfo("basic-expenditure-is-personnel-plus-public", Category.ARITHMETIC, Severity.ERROR,
                "预算法实施条例 §6；基本支出由人员经费和公用经费构成",
                "基本支出等于人员经费与公用经费之和",
                "Basic expenditure equals personnel plus public costs",
                "基本支出130.56万元（人员经费121万元，公用经费9万元）"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Expenditure e = d.overview() == null ? null : d.overview().expenditure();
        if (e == null) {
            return none();
        }
        // the 基本支出 they divide: of all funds, or the 财政拨款 part where the statement states that apart
        boolean fiscal = e.fiscalGrantBasic() != null;
        String name = fiscal ? "财政拨款基本支出" : "基本支出";
        String nameEn = fiscal ? "fiscal-grant basic expenditure" : "basic expenditure";
        Amount basic = Sums.amount(e.basicOfPersonnelAndPublic());
        Amount personnel = Sums.amount(e.personnel());
        Amount publicCosts = Sums.amount(e.publicCosts());
        if (!Sums.allStated(basic, personnel, publicCosts)) {
            return none();
        }
        Amount sum = personnel.plus(publicCosts);
        return sumOfParts(context, fiscal ? "/overview/expenditure/fiscalGrantBasic/amount" : "/overview/expenditure/basic/amount",
                name, sum, basic, List.of(basic, personnel, publicCosts),
                () -> new Message(name + basic + "不等于人员经费" + personnel + "与公用经费" + publicCosts + "之和" + sum,
                        nameEn + " " + basic + " is not personnel " + personnel + " plus public " + publicCosts + " = " + sum));
    }
}
