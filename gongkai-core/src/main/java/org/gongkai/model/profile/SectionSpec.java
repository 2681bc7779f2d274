package org.gongkai.model.profile;

import java.util.List;
import java.util.Objects;

/**
 * A section a profile's documents have: which one, its title there, the other headings it is
 * printed under ({@code titles}), whether it must be present, and whether, as a part of a section
 * it shares with others (其他相关情况说明), its heading is numbered 一、二、… as the profile's documents print it.
 */
public record SectionSpec(SectionKind kind, String title, List<String> titles, boolean required, Boolean numbered) {

    public SectionSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        titles = titles == null ? List.of() : List.copyOf(titles);
        numbered = Boolean.TRUE.equals(numbered); // most profiles leave it out: not numbered
    }

    public SectionSpec(SectionKind kind, String title, List<String> titles, boolean required) {
        this(kind, title, titles, required, false);
    }

    public SectionSpec(SectionKind kind, String title, boolean required) {
        this(kind, title, List.of(), required);
    }
}
