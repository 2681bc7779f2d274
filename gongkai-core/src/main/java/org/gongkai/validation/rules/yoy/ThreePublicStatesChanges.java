package org.gongkai.validation.rules.yoy;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** The "三公" total and each of its three items say how they compare with last year. */
public final class ThreePublicStatesChanges extends AbstractRule {

    public ThreePublicStatesChanges() {
        super(new RuleInfo("three-public-states-changes", Category.YOY, Severity.WARNING,
                "财预〔2016〕143号：“三公”经费应说明增减变化情况",
                "“三公”经费合计及三个分项都说明与上年相比的增减情况",
                "The three public expenses and each item state their change against last year",
                "公务接待费0.1万元（未说明与上年比较的增减）"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        ThreePublicExpenses t = d.threePublic();
        if (t == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        need(t.total(), "/threePublic/total", findings);
        need(t.abroad(), "/threePublic/abroad", findings);
        boolean partsCompared = compared(t.vehiclePurchase()) && compared(t.vehicleRunning());
        if (!partsCompared) {
            // the vehicles' change may be stated for its two parts (购置费 …与上年一致；运行维护费 …与上年一致)
            need(t.vehicles() != null ? t.vehicles() : t.vehicleRunning(),
                    t.vehicles() != null ? "/threePublic/vehicles" : "/threePublic/vehicleRunning", findings);
        }
        need(t.reception(), "/threePublic/reception", findings);
        return findings;
    }

    private static boolean compared(Figure f) {
        return f != null && (f.change() != null || f.prior() != null);
    }

    private void need(Figure f, String at, List<Finding> findings) {
        if (f == null || f.amount() == null || f.change() != null || f.prior() != null) {
            return;
        }
        String name = YoySubjects.of(at);
        findings.add(finding(at, name, name + f.amount() + "，未说明与上年相比的增减情况",
                name + " " + f.amount() + " states no comparison with last year"));
    }
}
