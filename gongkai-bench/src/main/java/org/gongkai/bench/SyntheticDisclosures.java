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

    /**
     * Cells whose total equals its parts, the same total for the same line in every table: basic +
     * project with basic = personnel + public, or the whole of it as a fiscal grant.
     */
    private static Map<Column, Amount> cells(List<Column> columns, MoneyUnit unit, int seed) {
        Map<Column, Amount> cells = new EnumMap<>(Column.class);
        long total = 1000L * seed;
        long project = 10L * seed;
        cells.put(Column.TOTAL, Amount.of(Long.toString(total), unit));
        if (columns.contains(Column.BASIC)) {
            cells.put(Column.BASIC, Amount.of(Long.toString(total - project), unit));
            cells.put(Column.PROJECT, Amount.of(Long.toString(project), unit));
        }
        if (columns.contains(Column.PERSONNEL)) {
            cells.put(Column.PERSONNEL, Amount.of(Long.toString(total - project - 7), unit));
            cells.put(Column.PUBLIC, Amount.of("7", unit));
        }
        if (columns.contains(Column.FISCAL_GRANT)) {
            cells.put(Column.FISCAL_GRANT, Amount.of(Long.toString(total), unit));
        }
        return cells;
    }

    private static void add(Map<Column, Amount> sum, Map<Column, Amount> cells) {
        cells.forEach((k, v) -> sum.merge(k, v, Amount::plus));
    }

    public static int lines(Disclosure d) {
        return d.tables().stream().mapToInt(t -> t.rows().size() + t.incomeRows().size()).sum();
    }
}
