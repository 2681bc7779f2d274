package org.gongkai.validation.rules.consistency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.EconomicSpending;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.CheckContext;

/**
 * The statement's sentences on single economic lines of 基本支出 (工资福利支出（类）…, 基本工资（款）…)
 * against the basic expenditure tables that carry those lines: the amount must equal the line in one
 * of them; a line none of them carries is said to be missing.
 */
final class EconomicLinesAgainstTables {

    private static final Set<TableKind> BASIC_TABLES = EnumSet.of(TableKind.FISCAL_GRANT_BASIC_EXPENDITURE,
            TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE);

    /** What was found wrong with one stated line: not carried by any table, or carried with another amount. */
    record Difference(int line, EconomicSpending stated, String table, Amount tableAmount) {

        boolean isMissing() {
            return table == null;
        }
    }

    private EconomicLinesAgainstTables() {}

    static List<Difference> differences(Disclosure d, CheckContext context) {
        if (d.overview() == null || d.overview().expenditure() == null) {
            return List.of();
        }
        List<EconomicSpending> lines = d.overview().expenditure().byEconomicClass();
        List<BudgetTable> tables = d.tables().stream().filter(t -> BASIC_TABLES.contains(t.kind())).toList();
        if (lines.isEmpty() || tables.isEmpty()) {
            return List.of(); // nothing stated, or no table to find the lines in
        }
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EconomicSpending line = lines.get(i);
            if (line.figure() == null || line.figure().amount() == null) {
                continue;
            }
            Amount stated = line.figure().amount();
            List<Difference> carried = new ArrayList<>();
            for (BudgetTable t : tables) {
                row(t, line).flatMap(r -> r.amount(Column.TOTAL))
                        .ifPresent(a -> carried.add(new Difference(0, line, t.title(), a)));
            }
            if (carried.isEmpty()) {
                out.add(new Difference(i, line, null, null));
            } else if (carried.stream().noneMatch(c -> context.agree(stated, c.tableAmount()))) {
                out.add(new Difference(i, line, carried.get(0).table(), carried.get(0).tableAmount()));
            }
        }
        return out;
    }

    /** The table's row of the line: by its code when it has one, else by its name. */
    private static Optional<TableRow> row(BudgetTable t, EconomicSpending line) {
        String name = plain(line.name());
        for (TableRow r : t.rows()) {
            if (line.code() != null ? line.code().equals(r.code()) : r.code() != null && plain(r.name()).equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A name as printed, spaces aside and brackets full-width: 维修(护)费 is 维修（护）费. */
    private static String plain(String name) {
        return name.replace(" ", "").replace('(', '（').replace(')', '）');
    }
}
