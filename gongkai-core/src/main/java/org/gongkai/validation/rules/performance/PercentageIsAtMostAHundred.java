package org.gongkai.validation.rules.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Comparator;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** A share (率, 满意度 …) cannot be promised above 100%; growth rates are exempt. */
public final class PercentageIsAtMostAHundred extends AbstractRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PercentageIsAtMostAHundred() {
        super(new RuleInfo("percentage-is-at-most-a-hundred", Category.PERFORMANCE, Severity.ERROR,
                "百分比的定义：占比不超过100%",
                "占比类指标（满意度、合格率等）的目标值不超过100%",
                "A share (satisfaction, pass rate …) is not promised above 100%",
                "群众满意度 ≥120%"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            Indicator i = r.indicator();
            if (i.value() == null || !i.value().isPercentage() || i.name().contains("增长") || i.name().contains("提高")
                    || i.name().contains("增幅") || i.value().comparator() == Comparator.AT_MOST
                    || i.value().comparator() == Comparator.LESS_THAN) {
                continue;
            }
            if (i.value().number().compareTo(HUNDRED) > 0) {
                findings.add(finding(r.pointer("value"), i.name(),
                        r.where() + "的目标值" + i.value().text() + "超过100%",
                        r.whereEn() + " promises " + i.value().text() + ", above 100%"));
            }
        }
        return findings;
    }
}
