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

    /** A level's name without white space and without its 指标 suffix: 效果指标 → 效果. */
    public static String normalise(String s) {
        boolean spaced = false;
        for (int i = 0; i < s.length() && !spaced; i++) {
            spaced = Character.isWhitespace(s.charAt(i));
        }
        if (!spaced) {
            return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
        }
        StringBuilder t = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                t.append(c);
            }
        }
        int n = t.length();
        return n >= 2 && t.charAt(n - 2) == '指' && t.charAt(n - 1) == '标' ? t.substring(0, n - 2) : t.toString();
    }
}
