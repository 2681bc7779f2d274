package org.gongkai.model.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The performance indicator framework in force (2015: 产出/效益/满意度; 2021 财预〔2021〕101号 adds
 * 成本 as a first level).
 */
public record IndicatorFramework(String id, String name, String basis, List<IndicatorCategory> categories) {

    public IndicatorFramework {
        Objects.requireNonNull(id, "id");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The first-level category a name stands for, with the document's 指标 suffix tolerated. */
    public Optional<IndicatorCategory> category(String level1) {
        String n = normalise(level1);
        return categories.stream()
                .filter(c -> normalise(c.name()).equals(n) || c.aliases().stream().map(IndicatorFramework::normalise).anyMatch(n::equals))
                .findFirst();
    }

    static String normalise(String s) {
        String t = s.replaceAll("\\s", "");
        return t.endsWith("指标") ? t.substring(0, t.length() - 2) : t;
    }
}
