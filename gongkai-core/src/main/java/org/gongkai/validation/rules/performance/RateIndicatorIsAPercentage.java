package org.gongkai.validation.rules.performance;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** An indicator named as a rate (…率, …比例, …占比) has a percentage value. */
public final class RateIndicatorIsAPercentage extends AbstractRule {

    public RateIndicatorIsAPercentage() {
        super(new RuleInfo("rate-indicator-is-a-percentage", Category.PERFORMANCE, Severity.WARNING,
                "财预〔2021〕101号：指标值计量单位应与指标内容相符",
                "名称为“…率”“…比例”的指标，其指标值是百分比",
                "An indicator named as a rate has a percentage value",
                "新技术应用率 ≥3个"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            Indicator i = r.indicator();
            if (!r.rate() || r.satisfaction() || i.value() == null || !i.value().isQuantified()) {
                continue;
            }
            if (!i.value().isPercentage() && !i.value().unit().equals("‰")) {
                findings.add(finding(r.pointer("value"), i.name(),
                        r.where() + "是比率，指标值“" + i.value().text() + "”却不是百分比",
                        r.whereEn() + " is a rate but its value '" + i.value().text() + "' is not a percentage"));
            }
        }
        return findings;
    }
}
