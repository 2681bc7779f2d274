package org.gongkai.validation.rules.consistency;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.AssetLine;
import org.gongkai.model.Disclosure;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** Running costs for official vehicles need vehicles to run: none held and none bought means none to pay for. */
public final class VehicleCostsMatchVehiclesHeld extends AbstractRule {

    public VehicleCostsMatchVehiclesHeld() {
        super(new RuleInfo("vehicle-costs-match-vehicles-held", Category.CONSISTENCY, Severity.WARNING,
                "国有资产占有使用情况与“三公”经费公务用车运行费应相互印证",
                "安排公务用车运行费的单位应占有或拟购置车辆",
                "A unit that budgets vehicle running costs holds or buys vehicles",
                "共有车辆0辆，公务用车运行费32.20万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        ThreePublicExpenses t = d.threePublic();
        if (t == null || d.assets() == null || d.assets().table() == null) {
            return none();
        }
        Amount running = Sums.amount(t.vehicleRunning());
        if (running == null || running.signum() <= 0) {
            return none();
        }
        BigDecimal held = vehicles(d.assets().table().holdings());
        BigDecimal planned = vehicles(d.assets().table().planned());
        if (held == null || held.signum() > 0 || (planned != null && planned.signum() > 0)) {
            return none();
        }
        return List.of(finding(Pointer.of("threePublic", "vehicleRunning", "amount"), "公务用车运行费",
                "单位共有车辆0辆且未安排购置，却安排公务用车运行费" + running + "，请说明",
                "no vehicles are held or bought, yet vehicle running costs of " + running + " are budgeted"));
    }

    private static BigDecimal vehicles(List<AssetLine> lines) {
        return lines.stream().filter(l -> "vehicles".equals(l.category()) && l.quantity() != null)
                .map(AssetLine::quantity).findFirst().orElse(null);
    }
}
