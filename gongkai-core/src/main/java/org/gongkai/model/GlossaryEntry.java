package org.gongkai.model;

import java.util.Objects;

/** 名词解释: one term and its definition as published. */
public record GlossaryEntry(String term, String definition) {

    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
    }
}
