package org.gongkai.validation.rules.arithmetic;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** "三公"经费 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费; 公务用车 = 购置 + 运行. */
public final class ThreePublicTotalIsSumOfItems extends AbstractRule {

    public ThreePublicTotalIsSumOfItems() {
        super(new RuleInfo("three-public-total-is-sum-of-items", Category.ARITHMETIC, Severity.ERROR,
                "财预〔2016〕143号：“三公”经费分项公开，公务用车分购置和运行",
                "“三公”经费合计等于出国、公务用车、接待三项之和；公务用车等于购置费与运行费之和",
                "The three public expenses total the three items; vehicles total purchase plus running",
                "“三公”经费1.1万元，其中因公出国（境）费0万元，公务用车运行维护费1万元，公务接待费0.2万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        ThreePublicExpenses t = d.threePublic();
        if (t == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        Amount purchase = Sums.amount(t.vehiclePurchase());
        Amount running = Sums.amount(t.vehicleRunning());
        Amount statedVehicles = Sums.amount(t.vehicles());
        if (Sums.allStated(statedVehicles, purchase, running)) {
            Amount sum = purchase.plus(running);
            String label = t.vehiclesLabel() == null ? "公务用车购置及运行费" : t.vehiclesLabel();
            findings.addAll(sumOfParts(context, "/threePublic/vehicles/amount", label, sum, statedVehicles,
                    List.of(statedVehicles, purchase, running),
                    () -> new Message(label + statedVehicles + "不等于购置费" + purchase + "与运行费" + running + "之和" + sum,
                            "vehicles " + statedVehicles + " are not purchase " + purchase + " plus running " + running + " = " + sum)));
        }
        Amount vehicles = statedVehicles == null && Sums.allStated(purchase, running) ? purchase.plus(running) : statedVehicles;
        Amount total = Sums.amount(t.total());
        Amount abroad = Sums.amount(t.abroad());
        Amount reception = Sums.amount(t.reception());
        if (Sums.allStated(total, abroad, vehicles, reception)) {
            Amount sum = abroad.plus(vehicles).plus(reception);
            findings.addAll(sumOfParts(context, "/threePublic/total/amount", "“三公”经费", sum, total,
                    List.of(total, abroad, vehicles, reception),
                    () -> new Message("“三公”经费合计" + total + "不等于因公出国（境）费、公务用车购置及运行费、公务接待费之和" + sum,
                            "three public expenses " + total + " are not the sum of their items " + sum)));
        }
        return findings;
    }
}
