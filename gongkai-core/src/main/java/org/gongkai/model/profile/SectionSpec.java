package org.gongkai.model.profile;

import java.util.Objects;

/** A section a profile's documents have: which one, its title there, and whether it must be present. */
public record SectionSpec(SectionKind kind, String title, boolean required) {

    public SectionSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
