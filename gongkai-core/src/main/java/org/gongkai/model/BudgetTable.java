package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * One standard table as published: its kind, number and title, the unit printed on it
 * (单位：元), its columns, its lines and 合计 line. Two-sided tables (收支总表) keep the income side
 * in {@code incomeRows} with its own total; a three-sided one (Jiangsu's 收支预算总表: income, expenditure
 * by function, expenditure by purpose) keeps the purpose side (基本支出, 项目支出, 单位预留机动经费) in
 * {@code purposeRows}, so that neither side's lines are summed into the other's. An empty table keeps
 * its note (注：…故本表为空表).
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
        String note,
        List<TableRow> purposeRows) {

    public BudgetTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        columns = columns == null ? List.of() : List.copyOf(columns);
        incomeRows = incomeRows == null ? List.of() : List.copyOf(incomeRows);
        rows = rows == null ? List.of() : List.copyOf(rows);
        purposeRows = purposeRows == null ? List.of() : List.copyOf(purposeRows);
    }

    /** A table with no purpose side: every template but a three-sided summary. */
    public BudgetTable(TableKind kind, String number, String title, MoneyUnit unit, List<Column> columns,
            List<TableRow> incomeRows, TableRow incomeTotal, List<TableRow> rows, TableRow total, String note) {
        this(kind, number, title, unit, columns, incomeRows, incomeTotal, rows, total, note, List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty() && incomeRows.isEmpty() && purposeRows.isEmpty()
                && (total == null || total.amounts().values().stream().allMatch(Amount::isZero));
    }
}
