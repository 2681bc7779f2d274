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

/** A 质量指标 is usually a rate; a count under 质量 is more likely a 数量 or 效益 indicator. */
public final class QualityIndicatorIsARate extends AbstractRule {

    public QualityIndicatorIsARate() {
        super(new RuleInfo("quality-indicator-is-a-rate", Category.PERFORMANCE, Severity.INFO,
                "财预〔2021〕101号：质量指标反映产品或服务达到的标准，一般以合格率、达标率等表示",
                "质量指标一般为百分比（合格率、达标率），以人数、次数计的多属数量或效益指标",
                "A quality indicator is usually a rate; a count there likely belongs under quantity or benefit",
                "质量指标“受益人数” ≥150人"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            Indicator i = r.indicator();
            if (!r.level2().equals("质量") || i.value() == null || !i.value().isQuantified()) {
                continue;
            }
            if (IndicatorRows.COUNT_UNITS.contains(i.value().unit())) {
                findings.add(finding(r.pointer("level2"), i.name(),
                        r.where() + "列为质量指标，指标值“" + i.value().text() + "”却是计数，宜列为数量或效益指标",
                        r.whereEn() + " is filed as quality but counts ('" + i.value().text() + "')"));
            }
        }
        return findings;
    }
}
