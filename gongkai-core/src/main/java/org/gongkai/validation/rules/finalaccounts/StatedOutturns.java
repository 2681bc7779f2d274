package org.gongkai.validation.rules.finalaccounts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Outturn;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicOutturn;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.Spaces;

/**
 * Every 决算-against-预算 sentence of a statement with where it stands, and for the 三公 items the 预算数 and
 * 决算数 of the 三公 table beside it (a blank 预算数 there is no budget).
 */
final class StatedOutturns {

    /** One sentence: where it stands, the item's column in the 三公 table (null elsewhere), and what it says. */
    record Stated(String at, Column item, Outturn outturn, Optional<Amount> tableBudget, Amount tableOutturn) {

        /** The 预算 the sentence compares with: as stated, else the 三公 table's (blank there is none). */
        Optional<Amount> budget() {
            return outturn.budget() != null ? Optional.of(outturn.budget()) : tableBudget;
        }

        String name() {
            return outturn.name() != null ? outturn.name() : item != null ? item.label() : "决算";
        }
    }

    private StatedOutturns() {}

    /** The sentences of the document, gathered once per check and shared by the rules that read them. */
    static List<Stated> of(Disclosure d, CheckContext context) {
        return context.memo(d, StatedOutturns.class, () -> gather(d, context));
    }

    private static List<Stated> gather(Disclosure d, CheckContext context) {
        List<Stated> all = new ArrayList<>();
        FinalAccounts f = d.finalAccounts();
        if (f == null) {
            return List.of();
        }
        if (f.generalBudgetOutturn() != null) {
            all.add(new Stated(Pointer.of("finalAccounts", "generalBudgetOutturn"), null, f.generalBudgetOutturn(), Optional.empty(), null));
        }
        for (int i = 0; i < f.outturns().size(); i++) {
            all.add(new Stated(Pointer.of("finalAccounts", "outturns", i), null, f.outturns().get(i), Optional.empty(), null));
        }
        ThreePublicOutturn t = f.threePublic();
        if (t != null) {
            Map<Column, TableRow> measures = measures(d, context);
            Optional<BudgetTable> table = d.table(TableKind.FINAL_THREE_PUBLIC);
            addItem(all, "total", Column.TOTAL, t.total(), measures, table);
            addItem(all, "abroad", Column.ABROAD, t.abroad(), measures, table);
            addItem(all, "vehicles", Column.VEHICLES, t.vehicles(), measures, table);
            addItem(all, "vehiclePurchase", Column.VEHICLE_PURCHASE, t.vehiclePurchase(), measures, table);
            addItem(all, "vehicleRunning", Column.VEHICLE_RUNNING, t.vehicleRunning(), measures, table);
            addItem(all, "reception", Column.RECEPTION, t.reception(), measures, table);
            addItem(all, "meetings", Column.MEETINGS, t.meetings(), measures, table);
            addItem(all, "training", Column.TRAINING, t.training(), measures, table);
        }
        return List.copyOf(all);
    }

    private static void addItem(List<Stated> all, String field, Column item, Outturn o, Map<Column, TableRow> measures,
            Optional<BudgetTable> table) {
        if (o == null) {
            return;
        }
        TableRow budgetRow = measures.get(Column.INITIAL_BUDGET);
        Optional<Amount> tableBudget = table.isPresent() && budgetRow != null
                ? Optional.of(Optional.ofNullable(budgetRow.amounts().get(item)).orElse(Amount.zero(table.get().unit())))
                : Optional.empty();
        TableRow outturnRow = measures.get(Column.OUTTURN);
        Amount tableOutturn = outturnRow == null ? null : outturnRow.amounts().get(item);
        all.add(new Stated(Pointer.of("finalAccounts", "threePublic", field), item, o, tableBudget, tableOutturn));
    }

    /**
     * The rows of the 三公 决算 table by what they measure (预算数, 决算数): a row's name is a header label, read
     * with the profile's labels, else with the columns' own.
     */
    static Map<Column, TableRow> measures(Disclosure d, CheckContext context) {
        Map<Column, TableRow> byMeasure = new EnumMap<>(Column.class);
        d.table(TableKind.FINAL_THREE_PUBLIC).ifPresent(t -> {
            for (TableRow row : t.rows()) {
                measureOf(row, context).ifPresent(c -> byMeasure.putIfAbsent(c, row));
            }
        });
        return byMeasure;
    }

    static Optional<Column> measureOf(TableRow row, CheckContext context) {
        String name = Spaces.removed(row.name());
        List<Column> measures = List.of(Column.INITIAL_BUDGET, Column.ADJUSTED_BUDGET, Column.OUTTURN);
        if (context.profile() != null) {
            Column c = context.profile().columns().get(name);
            if (c != null && measures.contains(c)) {
                return Optional.of(c);
            }
        }
        return measures.stream().filter(c -> c.label().equals(name)).findFirst();
    }
}
