package org.gongkai.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of a standard table: the classification code where the table has one (2010601 for
 * 201 06 01), the name as printed, and its amounts by column. A column missing from
 * {@code amounts} is a blank cell, which is not a zero.
 */
public record TableRow(String code, String name, Map<Column, Amount> amounts) {

    public TableRow {
        Objects.requireNonNull(name, "name");
        EnumMap<Column, Amount> copy = new EnumMap<>(Column.class);
        if (amounts != null) {
            amounts.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        amounts = Collections.unmodifiableMap(copy);
    }

    public Optional<Amount> amount(Column column) {
        return Optional.ofNullable(amounts.get(column));
    }

    public Optional<ClassificationLevel> level() {
        return ClassificationLevel.ofCode(code);
    }
}
