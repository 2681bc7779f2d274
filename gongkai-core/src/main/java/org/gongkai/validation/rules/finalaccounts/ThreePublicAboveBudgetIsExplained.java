package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import java.util.Map;
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
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A 三公 item (or 会议费, 培训费) whose 决算数 in the 三公 决算 table exceeds its 预算数 is explained in the statement:
 * the item's sentence, or the 三公 total's, says 决算数大于预算数 and gives the reason.
 */
public final class ThreePublicAboveBudgetIsExplained extends FinalAccountsRule {

    private static final List<Column> ITEMS = List.of(Column.TOTAL, Column.ABROAD, Column.VEHICLES, Column.VEHICLE_PURCHASE,
            Column.VEHICLE_RUNNING, Column.RECEPTION, Column.MEETINGS, Column.TRAINING);

    public ThreePublicAboveBudgetIsExplained() {
        super(new RuleInfo("three-public-above-budget-is-explained", Category.COMPLETENESS, Severity.ERROR,
                "部门决算公开模板：“三公”经费支出决算数大于预算数的，说明主要原因；厉行节约，“三公”经费从严控制",
                "“三公”经费决算数超过预算数的项目在说明中解释了原因",
                "A 三公 item spent above its budget is explained in the statement",
                "财政拨款“三公”经费支出决算表：公务接待费预算数0.95万元，决算数1.20万元，说明未解释",
                "“三公”经费预算数0.95万元，决算数空白（未超预算）"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        var found = table(d, TableKind.FINAL_THREE_PUBLIC);
        if (found.isEmpty()) {
            findings.add(missingTable(TableKind.FINAL_THREE_PUBLIC));
            return;
        }
        Located l = found.get();
        Map<Column, TableRow> measures = StatedOutturns.measures(d, context);
        TableRow budget = measures.get(Column.INITIAL_BUDGET);
        TableRow outturn = measures.get(Column.OUTTURN);
        if (budget == null || outturn == null) {
            findings.add(couldNotCheck(l.at("rows"), "《" + l.table().title() + "》未能区分预算数与决算数",
                    "the rows of budget and outturn of '" + l.table().title() + "' are not told apart"));
            return;
        }
        ThreePublicOutturn stated = d.finalAccounts() == null ? null : d.finalAccounts().threePublic();
        int r = l.table().rows().indexOf(outturn);
        for (Column item : ITEMS) {
            Amount spent = cell(outturn, item);
            if (spent == null) {
                continue;
            }
            Amount planned = cell(budget, item) == null ? Amount.zero(spent.unit()) : cell(budget, item);
            if (spent.compareTo(planned) <= 0 || explained(stated, item)) {
                continue;
            }
            findings.add(mismatch(l.at("rows", r, "amounts", spelling(item)), item.label(), planned, spent,
                    item.label() + "决算数" + spent + "超过预算数" + planned + "，说明未解释原因",
                    item.label() + " outturn " + spent + " is above its budget " + planned + " and the statement does not explain why"));
        }
    }

    private static boolean explained(ThreePublicOutturn t, Column item) {
        if (t == null) {
            return false;
        }
        Outturn own = switch (item) {
            case TOTAL -> t.total();
            case ABROAD -> t.abroad();
            case VEHICLES -> t.vehicles();
            case VEHICLE_PURCHASE -> t.vehiclePurchase();
            case VEHICLE_RUNNING -> t.vehicleRunning();
            case RECEPTION -> t.reception();
            case MEETINGS -> t.meetings();
            case TRAINING -> t.training();
            default -> null;
        };
        return (own != null && own.hasReason()) || (t.total() != null && t.total().hasReason()
                && t.total().comparison() == org.gongkai.model.OutturnComparison.ABOVE);
    }
}
