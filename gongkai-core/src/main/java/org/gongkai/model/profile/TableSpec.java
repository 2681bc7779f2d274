package org.gongkai.model.profile;

import java.util.Objects;
import org.gongkai.model.TableKind;

/** A table a profile's documents have: kind, number, title and whether it must be present. */
public record TableSpec(TableKind kind, String number, String title, boolean required) {

    public TableSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
