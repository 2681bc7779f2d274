package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.TableRow;

/** The differences between two lists of tables, line by line, for assertion messages. */
final class TableDiff {

    private TableDiff() {}

    static List<String> between(List<BudgetTable> expected, List<BudgetTable> actual) {
        List<String> d = new ArrayList<>();
        if (expected.size() != actual.size()) {
            d.add("table count: expected " + expected.size() + ", got " + actual.size());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            BudgetTable e = expected.get(i);
            BudgetTable a = actual.get(i);
            String t = "table " + e.number() + " ";
            same(d, t + "kind", e.kind(), a.kind());
            same(d, t + "number", e.number(), a.number());
            same(d, t + "title", e.title(), a.title());
            same(d, t + "unit", e.unit(), a.unit());
            same(d, t + "columns", e.columns(), a.columns());
            rows(d, t + "incomeRows", e.incomeRows(), a.incomeRows());
            same(d, t + "incomeTotal", e.incomeTotal(), a.incomeTotal());
            rows(d, t + "rows", e.rows(), a.rows());
            same(d, t + "total", e.total(), a.total());
            same(d, t + "note", e.note(), a.note());
        }
        return d;
    }

    private static void rows(List<String> d, String what, List<TableRow> e, List<TableRow> a) {
        if (e.size() != a.size()) {
            d.add(what + ": expected " + e.size() + " lines, got " + a.size());
        }
        for (int r = 0; r < Math.max(e.size(), a.size()); r++) {
            same(d, what + "/" + r, r < e.size() ? e.get(r) : null, r < a.size() ? a.get(r) : null);
        }
    }

    private static void same(List<String> d, String what, Object e, Object a) {
        if (!Objects.equals(e, a)) {
            d.add(what + ":\n    expected " + e + "\n    got      " + a);
        }
    }
}
