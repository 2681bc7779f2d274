package org.gongkai.validation.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Procurement;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/**
 * 政府采购预算 = 货物 + 工程 + 服务; 面向中小企业预留 ≤ 总额; 小微企业预留 ≤ 中小企业预留. Figures stated in 万元 are
 * each rounded, so a whole and its three parts may differ by four half-digits (0.02 万元): such a difference
 * is a hint (尾差), as in the tables; a larger one is an error.
 */
public final class ProcurementSplitAddsUp extends AbstractRule {

    public ProcurementSplitAddsUp() {
        super(new RuleInfo("procurement-split-adds-up", Category.ARITHMETIC, Severity.ERROR,
                "财预〔2016〕143号：政府采购预算按货物、工程、服务公开",
                "政府采购预算等于货物、工程、服务之和，预留给中小企业的份额不超过总额",
                "Procurement equals goods plus works plus services; the SME reservation does not exceed it",
                "政府采购预算1708.03万元，其中货物42.50万元、工程0万元、服务1600万元"));
    }

    /**
     * Whether the whole and the sum of its parts differ by no more than the rounding of the figures stated in
     * a unit coarser than 元: each printed to its last digit (two decimals at least), each off by up to half of it.
     */
    private static boolean withinRounding(Amount whole, Amount sum, List<Amount> stated) {
        BigDecimal allowance = BigDecimal.ZERO;
        for (Amount a : stated) {
            if (a.unit() == MoneyUnit.YUAN) {
                return false;
            }
            allowance = allowance.add(new BigDecimal("0.5").movePointLeft(Math.max(a.value().scale(), Amount.PUBLISHED_SCALE))
                    .multiply(a.unit().inYuan()));
        }
        BigDecimal diff = whole.minus(sum).abs().value().multiply(whole.unit().inYuan());
        return diff.compareTo(allowance) <= 0;
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
                Finding differs = mismatch(Pointer.of("procurement", "total", "amount"), "政府采购预算", sum, total,
                        "政府采购预算" + total + "不等于货物、工程、服务之和" + sum,
                        "procurement " + total + " is not goods + works + services = " + sum);
                boolean rounding = withinRounding(total, sum, List.of(total, p.goods(), p.works(), p.services()));
                findings.add(rounding ? new Finding(differs.rule(), differs.category(), Severity.INFO, differs.path(),
                        differs.subject(), differs.message() + "（差额在四个数各自取整的尾差之内）",
                        differs.messageEn() + " (within the rounding of the four stated figures)", differs.expected(),
                        differs.actual(), differs.difference()) : differs);
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
