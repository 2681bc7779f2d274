package org.gongkai.validation.rules.arithmetic;

import java.util.ArrayList;
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

/** 政府采购预算 = 货物 + 工程 + 服务; 面向中小企业预留 ≤ 总额; 小微企业预留 ≤ 中小企业预留. */
public final class ProcurementSplitAddsUp extends AbstractRule {

    public ProcurementSplitAddsUp() {
        super(new RuleInfo("procurement-split-adds-up", Category.ARITHMETIC, Severity.ERROR,
                "财预〔2016〕143号：政府采购预算按货物、工程、服务公开",
                "政府采购预算等于货物、工程、服务之和，预留给中小企业的份额不超过总额",
                "Procurement equals goods plus works plus services; the SME reservation does not exceed it",
                "政府采购预算1708.03万元，其中货物42.50万元、工程0万元、服务1600万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Procurement p = d.procurement();
        if (p == null || Sums.amount(p.total()) == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        Amount total = p.total().amount();
        if (Sums.allStated(p.goods(), p.works(), p.services())) {
            Amount sum = p.goods().plus(p.works()).plus(p.services());
            if (!context.agree(sum, total)) {
                findings.add(mismatch(Pointer.of("procurement", "total", "amount"), "政府采购预算", sum, total,
                        "政府采购预算" + total + "不等于货物、工程、服务之和" + sum,
                        "procurement " + total + " is not goods + works + services = " + sum));
            }
        }
        if (p.smeReserved() != null && p.smeReserved().compareTo(total) > 0) {
            findings.add(mismatch(Pointer.of("procurement", "smeReserved"), "面向中小企业预留", total, p.smeReserved(),
                    "面向中小企业预留" + p.smeReserved() + "超过政府采购预算" + total,
                    "the SME reservation " + p.smeReserved() + " exceeds the procurement budget " + total));
        }
        if (p.smeReserved() != null && p.smallMicroReserved() != null && p.smallMicroReserved().compareTo(p.smeReserved()) > 0) {
            findings.add(mismatch(Pointer.of("procurement", "smallMicroReserved"), "预留给小型和微型企业", p.smeReserved(),
                    p.smallMicroReserved(),
                    "预留给小微企业" + p.smallMicroReserved() + "超过面向中小企业预留" + p.smeReserved(),
                    "the small/micro reservation exceeds the SME reservation"));
        }
        return findings;
    }
}
