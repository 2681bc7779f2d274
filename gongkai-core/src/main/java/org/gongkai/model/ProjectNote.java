package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/** 项目经费情况说明: the notes on one project, as headed paragraphs. */
public record ProjectNote(String name, List<Paragraph> paragraphs) {

    public ProjectNote {
        Objects.requireNonNull(name, "name");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
