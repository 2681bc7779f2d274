package org.gongkai.model.profile;

import java.util.List;
import java.util.Objects;

/**
 * A first-level indicator (一级指标) of a framework with the names it is also written under
 * (效果指标 for 效益指标) and its second-level indicators (二级指标), each with its aliases.
 */
public record IndicatorCategory(String name, List<String> aliases, boolean required, List<SecondLevel> secondLevel) {

    public IndicatorCategory {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        secondLevel = secondLevel == null ? List.of() : List.copyOf(secondLevel);
    }

    /** A second-level indicator and its other spellings. */
    public record SecondLevel(String name, List<String> aliases) {

        public SecondLevel {
            Objects.requireNonNull(name, "name");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }
}
