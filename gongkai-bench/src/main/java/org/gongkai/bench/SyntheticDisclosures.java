package org.gongkai.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;

/**
 * A large disclosure for benchmarks: a real one whose classified tables are widened to many 类
 * (each with two 款 of three 项), every sum holding, so the rules do all their work.
 */
public final class SyntheticDisclosures {

    private SyntheticDisclosures() {}

    /** The base document with its income, expenditure and general-budget tables grown to {@code categories} 类. */
    public static Disclosure widen(Disclosure base, int categories) {
        List<BudgetTable> tables = new ArrayList<>();
        for (BudgetTable t : base.tables()) {
            boolean classified = t.kind() == TableKind.INCOME_SUMMARY || t.kind() == TableKind.EXPENDITURE_SUMMARY
                    || t.kind() == TableKind.GENERAL_BUDGET_EXPENDITURE;
            tables.add(classified ? widen(t, categories) : t);
        }
        return new Disclosure(base.document(), base.department(), base.dutiesIntroduction(), base.duties(),
                base.organisation(), base.overview(), base.operatingCosts(), base.threePublic(), base.performance(),
                base.procurement(), base.assets(), base.glossary(), base.otherMatters(), tables, base.projectNotes());
    }

    private static BudgetTable widen(BudgetTable t, int categories) {
        List<TableRow> rows = new ArrayList<>();
        Map<Column, Amount> total = new EnumMap<>(Column.class);
        for (int c = 0; c < categories; c++) {
            String category = String.valueOf(300 + c);
            Map<Column, Amount> categorySum = new EnumMap<>(Column.class);
            List<TableRow> below = new ArrayList<>();
            for (int s = 1; s <= 2; s++) {
                String section = category + String.format("%02d", s);
                Map<Column, Amount> sectionSum = new EnumMap<>(Column.class);
                List<TableRow> items = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    Map<Column, Amount> cells = cells(t.columns(), t.unit(), c * 100 + s * 10 + i);
                    items.add(new TableRow(section + String.format("%02d", i), "项" + i, cells));
                    add(sectionSum, cells);
                }
                below.add(new TableRow(section, "款" + s, sectionSum));
                below.addAll(items);
                add(categorySum, sectionSum);
            }
            rows.add(new TableRow(category, "类" + c, categorySum));
            rows.addAll(below);
            add(total, categorySum);
        }
        return new BudgetTable(t.kind(), t.number(), t.title(), t.unit(), t.columns(), t.incomeRows(), t.incomeTotal(),
                rows, new TableRow(null, "合计", total), t.note());
    }

    /** Cells whose total equals its parts: basic + project, or the income sources. */
    private static Map<Column, Amount> cells(List<Column> columns, MoneyUnit unit, int seed) {
        Map<Column, Amount> cells = new EnumMap<>(Column.class);
        long total = 0;
        for (Column c : columns) {
            if (c == Column.TOTAL) {
                continue;
            }
            long v = 1000L * seed + c.ordinal();
            cells.put(c, Amount.of(Long.toString(v), unit));
            if (c != Column.PERSONNEL && c != Column.PUBLIC) {
                total += v;
            }
        }
        if (columns.contains(Column.BASIC) && columns.contains(Column.PERSONNEL)) {
            long basic = Long.parseLong(cells.get(Column.BASIC).plain());
            cells.put(Column.PERSONNEL, Amount.of(Long.toString(basic - 7), unit));
            cells.put(Column.PUBLIC, Amount.of("7", unit));
        }
        cells.put(Column.TOTAL, Amount.of(Long.toString(total), unit));
        return cells;
    }

    private static void add(Map<Column, Amount> sum, Map<Column, Amount> cells) {
        cells.forEach((k, v) -> sum.merge(k, v, Amount::plus));
    }

    public static int lines(Disclosure d) {
        return d.tables().stream().mapToInt(t -> t.rows().size() + t.incomeRows().size()).sum();
    }
}
