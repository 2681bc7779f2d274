package org.gongkai.model.profile;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.TableKind;

/**
 * A table a profile's documents have: kind, number, title and whether it must be present. A
 * template prints the same table under several titles over the years ({@code titles}: 财政拨款支出预算表,
 * 财政拨款支出预算表（功能科目）); a printed title names this table when, without spaces, a year in front
 * and a bracketed note behind, it ends with the title or one of its variants.
 */
public record TableSpec(TableKind kind, String number, String title, List<String> titles, boolean required) {

    public TableSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public TableSpec(TableKind kind, String number, String title, boolean required) {
        this(kind, number, title, List.of(), required);
    }

    /** The title and its variants, the title first. */
    public List<String> allTitles() {
        if (titles.isEmpty()) {
            return List.of(title);
        }
        List<String> all = new java.util.ArrayList<>();
        all.add(title);
        all.addAll(titles);
        return List.copyOf(all);
    }
}
