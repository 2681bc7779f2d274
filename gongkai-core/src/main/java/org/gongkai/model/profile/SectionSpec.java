package org.gongkai.model.profile;

import java.util.List;
import java.util.Objects;

/**
 * A section a profile's documents have: which one, its title there, the other headings it is
 * printed under ({@code titles}), and whether it must be present.
 */
public record SectionSpec(SectionKind kind, String title, List<String> titles, boolean required) {

    public SectionSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public SectionSpec(SectionKind kind, String title, boolean required) {
        this(kind, title, List.of(), required);
    }
}
