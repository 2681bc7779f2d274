package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * 项目绩效目标表: a project's name, its budget where given, the goal text and the indicator rows.
 */
public record ProjectTarget(String name, Amount amount, String goal, List<Indicator> indicators) {

    public ProjectTarget {
        Objects.requireNonNull(name, "name");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
