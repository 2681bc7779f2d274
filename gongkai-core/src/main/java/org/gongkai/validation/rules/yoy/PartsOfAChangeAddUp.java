package org.gongkai.validation.rules.yoy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * The change of a total is the sum of its parts' changes, where each is stated: 支出 = 基本 + 项目;
 * "三公" = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行.
 */
public final class PartsOfAChangeAddUp extends AbstractRule {

    public PartsOfAChangeAddUp() {
        super(new RuleInfo("parts-of-a-change-add-up", Category.YOY, Severity.ERROR,
                "财预〔2016〕143号：说明收支增减变化",
                "总额的增减等于其各组成部分增减之和",
                "A total's change against last year equals the sum of its parts' changes",
                "较上年增加196.98万元，其中基本支出增加11.98万元，项目支出增加180万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Expenditure e = d.overview() == null ? null : d.overview().expenditure();
        if (e != null) {
            // a template that reserves 单位预留机动经费 makes it a third part of the total
            check(e.total(), e.reserve() == null ? Arrays.asList(e.basic(), e.project())
                    : Arrays.asList(e.basic(), e.project(), e.reserve()), "/overview/expenditure/total", context, findings);
            check(e.basicOfPersonnelAndPublic(), Arrays.asList(e.personnel(), e.publicCosts()),
                    e.fiscalGrantBasic() != null ? "/overview/expenditure/fiscalGrantBasic" : "/overview/expenditure/basic",
                    context, findings);
        }
        ThreePublicExpenses t = d.threePublic();
        if (t != null) {
            Figure vehicles = t.vehicles();
            check(t.total(), Arrays.asList(t.abroad(), vehicles, t.reception()), "/threePublic/total", context, findings);
            check(vehicles, Arrays.asList(t.vehiclePurchase(), t.vehicleRunning()), "/threePublic/vehicles", context, findings);
        }
        return findings;
    }

    private void check(Figure whole, List<Figure> parts, String at, CheckContext context, List<Finding> findings) {
        if (whole == null || whole.change() == null || whole.amount() == null) {
            return;
        }
        if (parts.stream().anyMatch(p -> p == null || p.change() == null)) {
            return;
        }
        Amount sum = Amount.zero(whole.amount().unit());
        for (Figure p : parts) {
            sum = sum.plus(p.change().signed(whole.amount().unit()));
        }
        Amount stated = whole.change().signed(whole.amount().unit());
        if (!context.agree(sum, stated)) {
            findings.add(mismatch(at + Pointer.of("change"), YoySubjects.of(at), sum, stated,
                    YoySubjects.of(at) + "比上年增减" + stated + "，其各组成部分增减之和为" + sum,
                    YoySubjects.of(at) + ": stated change " + stated + ", the parts' changes sum to " + sum));
        }
    }
}
