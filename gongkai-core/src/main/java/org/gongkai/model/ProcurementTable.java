package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * 政府采购预算表 as published: title, unit, rows, and the note an empty table carries (空表列示).
 */
public record ProcurementTable(String title, MoneyUnit unit, List<ProcurementItem> items, String note) {

    public ProcurementTable {
        Objects.requireNonNull(unit, "unit");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
