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

/** Every indicator row gives a value (quantified or a grade) and the basis of that value (指标值确定依据). */
public final class IndicatorHasValueAndBasis extends AbstractRule {

    public IndicatorHasValueAndBasis() {
        super(new RuleInfo("indicator-has-value-and-basis", Category.PERFORMANCE, Severity.ERROR,
                "财预〔2021〕101号：指标值应量化或可衡量，并说明确定依据",
                "每个指标都有指标值和指标值确定依据",
                "Every indicator has a value and the basis it was set on",
                "指标“培训次数”未填写指标值"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            Indicator i = r.indicator();
            if (i.value() == null) {
                findings.add(finding(r.pointer("value"), i.name(), r.where() + "没有指标值", r.whereEn() + " has no value"));
            }
            if (i.basis() == null || i.basis().isBlank()) {
                findings.add(finding(r.pointer("basis"), i.name(), r.where() + "没有指标值确定依据",
                        r.whereEn() + " gives no basis for its value").withSeverity(org.gongkai.validation.Severity.WARNING));
            }
        }
        return findings;
    }
}
