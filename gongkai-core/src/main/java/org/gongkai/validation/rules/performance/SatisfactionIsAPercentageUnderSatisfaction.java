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

/** A satisfaction indicator sits under 满意度指标 and is a percentage (or a grade). */
public final class SatisfactionIsAPercentageUnderSatisfaction extends AbstractRule {

    public SatisfactionIsAPercentageUnderSatisfaction() {
        super(new RuleInfo("satisfaction-is-a-percentage-under-satisfaction", Category.PERFORMANCE, Severity.ERROR,
                "财预〔2021〕101号：满意度指标反映服务对象满意程度，一般以百分比表示",
                "满意度类指标列在一级指标“满意度指标”下，指标值为百分比",
                "A satisfaction indicator sits under the satisfaction first level and is a percentage",
                "受益人口满意度 ≥135人；科普活动参与者满意度列在效果指标下"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            Indicator i = r.indicator();
            if (!r.satisfaction()) {
                continue;
            }
            if (!r.level1().equals("满意度")) {
                findings.add(finding(r.pointer("level1"), i.name(),
                        r.where() + "衡量满意度，却列在一级指标“" + i.level1() + "”下，应列在“满意度指标”下",
                        r.whereEn() + " measures satisfaction but is filed under '" + i.level1() + "'"));
            }
            if (i.value() != null && i.value().isQuantified() && !i.value().isPercentage()) {
                findings.add(finding(r.pointer("value"), i.name(),
                        r.where() + "是满意度，指标值“" + i.value().text() + "”却不是百分比",
                        r.whereEn() + " is a satisfaction rate but its value '" + i.value().text() + "' is not a percentage"));
            }
        }
        return findings;
    }
}
