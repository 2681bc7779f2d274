package org.gongkai.validation.rules.arithmetic;

import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.OperatingCosts;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** 机关运行经费 = Σ 所列各项 (when every item carries an amount). */
public final class OperatingCostsAreSumOfItems extends AbstractRule {

    public OperatingCostsAreSumOfItems() {
        super(new RuleInfo("operating-costs-are-sum-of-items", Category.ARITHMETIC, Severity.ERROR,
                "财预〔2016〕143号：机关运行经费应说明安排情况",
                "机关运行经费合计等于所列各项之和",
                "The operating costs total equals the sum of the items listed",
                "机关运行经费9.56万元，用于办公费1.6万元……其他交通费5万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        OperatingCosts oc = d.operatingCosts();
        if (oc == null || oc.items().isEmpty() || Sums.amount(oc.total()) == null) {
            return none();
        }
        List<Amount> parts = oc.items().stream().map(CostItem::amount).toList();
        if (!Sums.allStated(parts)) {
            return none();
        }
        Amount sum = Sums.sum(parts);
        Amount total = oc.total().amount();
        List<Amount> figures = new java.util.ArrayList<>(parts);
        figures.add(total);
        return sumOfParts(context, "/operatingCosts/total/amount", "机关运行经费", sum, total, figures,
                () -> new Message("机关运行经费" + total + "与所列各项之和" + sum + "不符",
                        "operating costs " + total + " differ from the sum of their items " + sum));
    }
}
