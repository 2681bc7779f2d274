package org.gongkai.validation.rules.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.IndicatorCategory;
import org.gongkai.model.profile.IndicatorFramework;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** Every 一级指标 is one of the framework in force (效果 counts as 效益), every 二级 sits under its 一级. */
public final class IndicatorLevelsFollowTheFramework extends AbstractRule {

    public IndicatorLevelsFollowTheFramework() {
        super(new RuleInfo("indicator-levels-follow-the-framework", Category.PERFORMANCE, Severity.ERROR,
                "财预〔2015〕88号、财预〔2021〕101号：绩效指标体系（一级、二级指标）",
                "一级指标属于所适用的指标体系，二级指标属于其一级指标",
                "Each first-level indicator belongs to the framework in force and each second level to its first level",
                "一级指标“产出指标”下的二级指标“社会效益指标”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<IndicatorRows.Row> rows = IndicatorRows.of(d, context);
        if (rows.isEmpty()) {
            return none();
        }
        IndicatorFramework framework = context.profile() == null ? null : context.profile().framework();
        if (framework == null) {
            return List.of(couldNotCheck(Pointer.of("document", "profile"),
                    "模板配置“" + d.document().profile() + "”未知，无法确定绩效指标体系",
                    "profile '" + d.document().profile() + "' is unknown, so the indicator framework is too"));
        }
        List<Finding> findings = new ArrayList<>();
        IndicatorRows.Levels levels = IndicatorRows.levels(framework);
        for (IndicatorRows.Row r : rows) {
            Optional<IndicatorCategory> level1 = Optional.ofNullable(levels.first().get(r.level1()));
            if (level1.isEmpty()) {
                findings.add(finding(r.pointer("level1"), r.indicator().name(),
                        r.where() + "的一级指标“" + r.indicator().level1() + "”不属于" + framework.name(),
                        r.whereEn() + ": first level '" + r.indicator().level1() + "' is not in " + framework.id()));
                continue;
            }
            if (!levels.second().get(level1.get().name()).contains(r.level2())) {
                findings.add(finding(r.pointer("level2"), r.indicator().name(),
                        r.where() + "的二级指标“" + r.indicator().level2() + "”不属于一级指标“" + level1.get().name() + "”（" + framework.name() + "）",
                        r.whereEn() + ": second level '" + r.indicator().level2() + "' does not belong under '" + level1.get().name() + "'"));
            }
        }
        return findings;
    }
}
