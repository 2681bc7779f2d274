package org.gongkai.validation.rules.text;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** The 公务用车 subtotal that contains 购置费 is named 公务用车购置及运行费, not 运行维护费. */
public final class VehicleSubtotalNamesBothParts extends AbstractRule {

    public VehicleSubtotalNamesBothParts() {
        super(new RuleInfo("vehicle-subtotal-names-both-parts", Category.TEXT, Severity.WARNING,
                "财预〔2016〕143号：公务用车购置及运行费分购置费和运行费公开",
                "包含购置费的公务用车小计称为“公务用车购置及运行费”",
                "The vehicle subtotal that includes purchase is named for purchase and running",
                "“公务用车运行维护费1万元（其中：公务用车购置费0万元，公务用车运行费1万元）”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        ThreePublicExpenses t = d.threePublic();
        if (t == null || t.vehiclesLabel() == null || t.vehiclePurchase() == null || t.vehiclesLabel().contains("购置")) {
            return none();
        }
        return List.of(finding(Pointer.of("threePublic", "vehiclesLabel"), t.vehiclesLabel(),
                "公务用车小计名为“" + t.vehiclesLabel() + "”，却包含公务用车购置费；应称“公务用车购置及运行费”",
                "the vehicle subtotal is named '" + t.vehiclesLabel() + "' but includes purchase"));
    }
}
