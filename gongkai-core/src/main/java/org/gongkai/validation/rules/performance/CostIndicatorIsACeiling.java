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

/** A cost indicator is a ceiling (≤ or =): spending more is not a target. */
public final class CostIndicatorIsACeiling extends AbstractRule {

    public CostIndicatorIsACeiling() {
        super(new RuleInfo("cost-indicator-is-a-ceiling", Category.PERFORMANCE, Severity.ERROR,
                "财预〔2021〕101号：成本指标反映成本控制，取值为上限（≤）",
                "成本指标的指标值是上限（≤ 或 =），不是下限",
                "A cost indicator is a ceiling (≤ or =), never a floor",
                "科学技术投入成本 ≥240万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            Indicator i = r.indicator();
            if (!IndicatorRows.isCost(r) || i.value() == null || !i.value().isQuantified() || i.value().comparator() == null) {
                continue;
            }
            if (!i.value().comparator().isCeiling()) {
                findings.add(finding(r.pointer("value"), i.name(),
                        r.where() + "是成本指标，指标值“" + i.value().text() + "”写成了下限，应为“≤”",
                        r.whereEn() + " is a cost indicator written as a floor ('" + i.value().text() + "'); it should be '≤'"));
            }
        }
        return findings;
    }
}
