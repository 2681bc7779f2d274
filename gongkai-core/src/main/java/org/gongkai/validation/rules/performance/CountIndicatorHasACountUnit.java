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

/**
 * An indicator that counts things (a 数量指标, or one whose name says 数, 数量, 人次) has a count unit
 * (个, 次, 人次, 家 …), not a percentage or money.
 */
public final class CountIndicatorHasACountUnit extends AbstractRule {

    public CountIndicatorHasACountUnit() {
        super(new RuleInfo("count-indicator-has-a-count-unit", Category.PERFORMANCE, Severity.ERROR,
                "财预〔2021〕101号：数量指标反映产品或服务的数量，计量单位应与指标内容相符",
                "计数类指标（数量指标或名称为“…数”“…数量”）的指标值使用计数单位",
                "An indicator that counts things has a count unit, not a percentage",
                "应用创新方法解决企业技术或管理难题数 ≥90%"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            Indicator i = r.indicator();
            boolean counts = r.level2().equals("数量") ? !r.rate() && !r.satisfaction() : IndicatorRows.namesACount(r);
            if (!counts || i.value() == null || !i.value().isQuantified()) {
                continue;
            }
            String unit = i.value().unit();
            if (unit.isEmpty() || !IndicatorRows.COUNT_UNITS.contains(unit)) {
                findings.add(finding(r.pointer("value"), i.name(),
                        r.where() + "计量的是数量，指标值却是“" + i.value().text() + "”" + (unit.isEmpty() ? "（无单位）" : "（单位“" + unit + "”不是计数单位）"),
                        r.whereEn() + " counts things but its value is '" + i.value().text() + "'"));
            }
        }
        return findings;
    }
}
