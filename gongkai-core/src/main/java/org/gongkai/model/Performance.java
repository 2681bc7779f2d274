package org.gongkai.model;

import java.util.List;

/**
 * 预算绩效信息: the department's overall goals, goals per duty, the measures that secure them
 * (工作保障措施), the per-project target tables, and the summary some templates give instead.
 */
public record Performance(
        List<Goal> overallGoals,
        List<DutyGoal> dutyGoals,
        List<String> measures,
        List<ProjectTarget> projects,
        PerformanceSummary summary) {

    public Performance {
        overallGoals = overallGoals == null ? List.of() : List.copyOf(overallGoals);
        dutyGoals = dutyGoals == null ? List.of() : List.copyOf(dutyGoals);
        measures = measures == null ? List.of() : List.copyOf(measures);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    public int indicatorCount() {
        return projects.stream().mapToInt(p -> p.indicators().size()).sum();
    }
}
