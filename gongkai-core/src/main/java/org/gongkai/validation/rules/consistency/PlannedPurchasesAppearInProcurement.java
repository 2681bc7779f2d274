package org.gongkai.validation.rules.consistency;

import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Procurement;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** Fixed assets planned for purchase usually show up in the procurement budget; an empty one needs a look. */
public final class PlannedPurchasesAppearInProcurement extends AbstractRule {

    public PlannedPurchasesAppearInProcurement() {
        super(new RuleInfo("planned-purchases-appear-in-procurement", Category.CONSISTENCY, Severity.WARNING,
                "政府采购法；国有资产信息与政府采购预算应相互印证",
                "拟购置固定资产的，政府采购预算不为空（限额以下的零星购置除外，需核实）",
                "Planned asset purchases are matched by a procurement budget (small purchases below the threshold excepted; check)",
                "本年度拟购置固定资产2.17万元；本年度未安排政府采购"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.assets() == null || d.assets().plannedPurchases() == null || d.assets().plannedPurchases().signum() <= 0) {
            return none();
        }
        Procurement p = d.procurement();
        Amount total = p == null ? null : Sums.amount(p.total());
        boolean none = p == null || ((total == null || total.isZero()) && p.isEmptyTable());
        if (!none) {
            return none();
        }
        Amount planned = d.assets().plannedPurchases();
        return List.of(finding(Pointer.of("assets", "plannedPurchases"), "拟购置固定资产",
                "拟购置固定资产" + planned + "，但未安排政府采购预算；请核实是否均属限额以下零星购置",
                "fixed assets of " + planned + " are to be bought but no procurement is budgeted; check they are all below the threshold"));
    }
}
