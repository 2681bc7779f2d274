package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * One standard table as published: its kind, number and title, the unit printed on it
 * (单位：元), its columns, its lines and 合计 line. Two-sided tables (收支总表) keep the income side
 * in {@code incomeRows} with its own total. An empty table keeps its note (注：…故本表为空表).
 */
public record BudgetTable(
        TableKind kind,
        String number,
        String title,
        MoneyUnit unit,
        List<Column> columns,
        List<TableRow> incomeRows,
        TableRow incomeTotal,
        List<TableRow> rows,
        TableRow total,
        String note) {

    public BudgetTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        columns = columns == null ? List.of() : List.copyOf(columns);
        incomeRows = incomeRows == null ? List.of() : List.copyOf(incomeRows);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty() && incomeRows.isEmpty()
                && (total == null || total.amounts().values().stream().allMatch(Amount::isZero));
    }
}
