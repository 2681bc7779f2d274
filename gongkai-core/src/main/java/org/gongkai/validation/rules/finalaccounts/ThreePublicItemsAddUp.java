package org.gongkai.validation.rules.finalaccounts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Outturn;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicOutturn;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * 财政拨款“三公”经费支出决算表, in its 预算数 and its 决算数 alike: 合计 = 因公出国（境）费 + 公务用车购置及运行费 +
 * 公务接待费, and 公务用车购置及运行费 = 购置费 + 运行费; the statement's 三公 预算 and 决算 the same.
 */
public final class ThreePublicItemsAddUp extends FinalAccountsRule {

    public ThreePublicItemsAddUp() {
        super(new RuleInfo("final-three-public-items-add-up", Category.ARITHMETIC, Severity.ERROR,
                "部门决算报表编制说明：“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车 = 购置 + 运行",
                "“三公”经费决算表的预算数和决算数中，合计等于各项之和，公务用车小计等于购置费与运行费之和",
                "In the 三公 final table, in budget and outturn alike, the total is the sum of the items and vehicles are purchase plus running",
                "财政拨款“三公”经费支出决算表 预算数：合计0.95万元，公务接待费1.95万元",
                "预算数：合计0.95万元 = 公务接待费0.95万元；决算数各项空白"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        Optional<Located> found = table(d, TableKind.FINAL_THREE_PUBLIC);
        ThreePublicOutturn stated = d.finalAccounts() == null ? null : d.finalAccounts().threePublic();
        if (found.isEmpty() && stated == null) {
            findings.add(missingTable(TableKind.FINAL_THREE_PUBLIC));
            return;
        }
        found.ifPresent(l -> {
            for (int r = 0; r < l.table().rows().size(); r++) {
                TableRow row = l.table().rows().get(r);
                String title = "《" + l.table().title() + "》" + row.name();
                weigh(findings, l.at("rows", r, "amounts", spelling(Column.TOTAL)), row.name() + " 合计", cell(row, Column.TOTAL),
                        Arrays.asList(cell(row, Column.ABROAD), cell(row, Column.VEHICLES), cell(row, Column.RECEPTION)),
                        title + "“三公”经费合计", "table '" + l.table().title() + "', " + row.name() + ": the 三公 total");
                if (row.amounts().containsKey(Column.VEHICLE_PURCHASE) || row.amounts().containsKey(Column.VEHICLE_RUNNING)) {
                    weigh(findings, l.at("rows", r, "amounts", spelling(Column.VEHICLES)), row.name() + " 公务用车",
                            cell(row, Column.VEHICLES),
                            Arrays.asList(cell(row, Column.VEHICLE_PURCHASE), cell(row, Column.VEHICLE_RUNNING)),
                            title + "公务用车购置及运行费小计", "table '" + l.table().title() + "', " + row.name() + ": the vehicles subtotal");
                }
            }
        });
        if (stated != null && stated.total() != null) {
            statement(findings, stated, Outturn::budget, "budget", "预算", "budget");
            statement(findings, stated, Outturn::outturn, "outturn", "决算", "outturn");
        }
    }

    private void statement(List<Finding> findings, ThreePublicOutturn t, Function<Outturn, Amount> what, String field,
            String zh, String en) {
        List<Amount> items = Arrays.asList(value(t.abroad(), what), value(t.vehicles(), what), value(t.reception(), what));
        if (items.stream().anyMatch(a -> a == null) || what.apply(t.total()) == null) {
            return;
        }
        weigh(findings, Pointer.of("finalAccounts", "threePublic", "total", field), "“三公”经费" + zh,
                what.apply(t.total()), items, "说明中“三公”经费" + zh + "合计", "the statement's 三公 " + en + " total");
    }

    private static Amount value(Outturn o, Function<Outturn, Amount> what) {
        return o == null ? null : what.apply(o);
    }
}
