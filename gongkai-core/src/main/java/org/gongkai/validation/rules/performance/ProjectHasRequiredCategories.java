package org.gongkai.validation.rules.performance;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.profile.IndicatorCategory;
import org.gongkai.model.profile.IndicatorFramework;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** Each project's table has an indicator of every required first level (产出, 效益, 满意度; 2021: 成本). */
public final class ProjectHasRequiredCategories extends AbstractRule {

    public ProjectHasRequiredCategories() {
        super(new RuleInfo("project-has-required-categories", Category.PERFORMANCE, Severity.ERROR,
                "财预〔2015〕88号、财预〔2021〕101号：项目绩效目标应包括产出、效益、满意度（及成本）指标",
                "每个项目的绩效目标表包含指标体系要求的全部一级指标",
                "Each project's target table has every first-level indicator the framework requires",
                "项目“科技下乡活动”只有产出指标和效果指标，没有满意度指标"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.performance() == null || d.performance().projects().isEmpty()) {
            return none();
        }
        IndicatorFramework framework = context.profile() == null ? null : context.profile().framework();
        if (framework == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        IndicatorRows.Levels known = IndicatorRows.levels(framework);
        List<ProjectTarget> projects = d.performance().projects();
        // the first levels each project's rows name, in one pass over the rows
        List<java.util.Set<String>> named = new ArrayList<>(projects.size());
        for (int p = 0; p < projects.size(); p++) {
            named.add(new java.util.HashSet<>());
        }
        for (IndicatorRows.Row r : IndicatorRows.of(d, context)) {
            IndicatorCategory c = known.first().get(r.level1());
            if (c != null) {
                named.get(r.project()).add(c.name());
            }
        }
        for (int p = 0; p < projects.size(); p++) {
            ProjectTarget t = projects.get(p);
            if (t.indicators().isEmpty()) {
                continue; // a project whose goal is printed without its table: there is no table to lack a level
            }
            java.util.Set<String> levels = named.get(p);
            for (IndicatorCategory c : framework.categories()) {
                if (c.required() && !levels.contains(c.name())) {
                    findings.add(finding(Pointer.of("performance", "projects", p, "indicators"), t.name(),
                            "项目“" + t.name() + "”的绩效目标表缺少" + c.name(),
                            "project '" + t.name() + "' has no " + c.name() + " indicator"));
                }
            }
        }
        return findings;
    }
}
