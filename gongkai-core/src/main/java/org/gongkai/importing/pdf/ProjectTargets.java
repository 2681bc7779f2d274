package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Performance;
import org.gongkai.model.ProjectTarget;

/**
 * Puts the projects read from their own sections and from target tables into the disclosure's
 * performance information. A table of a project that has a section too completes it: the table's
 * indicators and amount, the section's goal where the table prints none.
 */
final class ProjectTargets {

    private ProjectTargets() {}

    static Performance merge(Performance performance, ProjectSections.Read sections, List<IndicatorTables.Read> tables,
            Map<String, String> places) {
        List<ProjectTarget> targets = new ArrayList<>(sections.targets());
        List<Map<String, String>> where = new ArrayList<>(sections.targetPlaces());
        for (IndicatorTables.Read t : tables) {
            ProjectTarget table = t.target();
            int same = indexOf(targets, table.name());
            Map<String, String> at = new java.util.HashMap<>();
            at.put("", t.place());
            if (t.goalPlace() != null) {
                at.put("/goal", t.goalPlace());
            }
            for (int r = 0; r < t.rowPlaces().size(); r++) {
                at.put("/indicators/" + r, t.rowPlaces().get(r));
            }
            if (same >= 0) {
                ProjectTarget section = targets.get(same);
                String goal = table.goal() != null ? table.goal() : section.goal();
                targets.set(same, new ProjectTarget(table.name(), table.amount() != null ? table.amount() : section.amount(),
                        goal, table.indicators()));
                Map<String, String> merged = new java.util.HashMap<>(where.get(same));
                merged.putAll(at);
                if (table.goal() == null) {
                    merged.put("/goal", where.get(same).get("/goal"));
                }
                where.set(same, merged);
            } else {
                targets.add(table);
                where.add(at);
            }
        }
        if (targets.isEmpty()) {
            return performance;
        }
        int before = performance == null ? 0 : performance.projects().size();
        for (int p = 0; p < targets.size(); p++) {
            String prefix = "/performance/projects/" + (before + p);
            where.get(p).forEach((k, v) -> {
                if (v != null) {
                    places.put(prefix + k, v);
                }
            });
        }
        if (performance == null) {
            return new Performance(List.of(), List.of(), List.of(), targets, null);
        }
        List<ProjectTarget> all = new ArrayList<>(performance.projects());
        all.addAll(targets);
        return new Performance(performance.overallGoals(), performance.dutyGoals(), performance.measures(), all,
                performance.summary());
    }

    private static int indexOf(List<ProjectTarget> targets, String name) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
