package org.gongkai.validation.rules.arithmetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableRow;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/**
 * Along each line of a table: 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费, an income
 * line's 合计 = Σ its sources, 财政拨款 合计 = 一般公共预算 + 政府性基金 + 国有资本经营, and the 三公
 * table's 合计 = 出国 + 公务用车 + 接待 with 公务用车 = 购置 + 运行.
 */
public final class TableLineIdentitiesHold extends AbstractRule {

    private record Identity(Column whole, List<Column> parts) {}

    private static final List<Identity> IDENTITIES = List.of(
            new Identity(Column.BASIC, List.of(Column.PERSONNEL, Column.PUBLIC)),
            new Identity(Column.VEHICLES, List.of(Column.VEHICLE_PURCHASE, Column.VEHICLE_RUNNING)));

    public TableLineIdentitiesHold() {
        super(new RuleInfo("table-line-identities-hold", Category.ARITHMETIC, Severity.ERROR,
                "部门预算表：合计 = 基本支出 + 项目支出；基本支出 = 人员经费 + 公用经费",
                "表中每一行的合计等于其组成列之和",
                "Along every line of a table, each total column equals the sum of its part columns",
                "201 一般公共服务支出：合计127,886,849元，基本支出84,861,719元，项目支出43,025,131元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            if (t.kind().isFinalAccounts()) {
                continue; // the final accounts' tables have their own line rules, with their rounding
            }
            List<Identity> identities = identitiesOf(t);
            for (int r = 0; r < t.rows().size(); r++) {
                check(t, t.rows().get(r), Pointer.of("tables", i, "rows", r), identities, findings);
            }
            if (t.total() != null) {
                check(t, t.total(), Pointer.of("tables", i, "total"), identities, findings);
            }
        }
        return findings;
    }

    private static List<Identity> identitiesOf(BudgetTable t) {
        List<Column> cols = t.columns();
        List<Identity> ids = new ArrayList<>(IDENTITIES);
        List<Column> totalParts = switch (t.kind()) {
            case INCOME_SUMMARY -> cols.stream().filter(c -> c != Column.TOTAL).toList();
            case FISCAL_GRANT_SUMMARY -> List.of(Column.GENERAL_PUBLIC_BUDGET, Column.GOVERNMENT_FUND, Column.STATE_CAPITAL);
            case THREE_PUBLIC -> cols.contains(Column.VEHICLES)
                    ? List.of(Column.ABROAD, Column.VEHICLES, Column.RECEPTION, Column.MEETINGS, Column.TRAINING)
                    : List.of(Column.ABROAD, Column.VEHICLE_PURCHASE, Column.VEHICLE_RUNNING, Column.RECEPTION,
                            Column.MEETINGS, Column.TRAINING);
            default -> cols.contains(Column.BASIC)
                    ? List.of(Column.BASIC, Column.PROJECT, Column.REMIT_TO_HIGHER_LEVEL,
                            Column.BUSINESS_OPERATING_EXPENDITURE, Column.SUBSIDY_TO_SUBORDINATES, Column.RESERVE,
                            Column.CARRY_FORWARD)
                    : List.of(Column.PERSONNEL, Column.PUBLIC, Column.PROJECT, Column.REMIT_TO_HIGHER_LEVEL,
                            Column.BUSINESS_OPERATING_EXPENDITURE, Column.SUBSIDY_TO_SUBORDINATES, Column.RESERVE,
                            Column.CARRY_FORWARD);
        };
        ids.add(new Identity(Column.TOTAL, totalParts));
        return ids.stream()
                .filter(id -> cols.contains(id.whole()) && id.parts().stream().anyMatch(cols::contains))
                .map(id -> new Identity(id.whole(), id.parts().stream().filter(cols::contains).toList()))
                .toList();
    }

    private void check(BudgetTable t, TableRow row, String at, List<Identity> identities, List<Finding> findings) {
        for (Identity id : identities) {
            boolean any = row.amounts().containsKey(id.whole()) || id.parts().stream().anyMatch(row.amounts()::containsKey);
            if (!any) {
                continue;
            }
            Amount sum = Sums.sumOrZero(id.parts().stream().map(c -> row.amounts().get(c)).toList(), t.unit());
            Amount stated = row.amount(id.whole()).orElse(Amount.zero(t.unit()));
            if (sum.compareTo(stated) != 0) {
                String parts = String.join(" + ", id.parts().stream().map(Column::label).toList());
                String subject = (row.code() == null ? "" : row.code() + " ") + row.name();
                findings.add(mismatch(at + Pointer.of("amounts", id.whole().name().toLowerCase(Locale.ROOT)),
                        subject, sum, stated,
                        "《" + t.title() + "》" + subject + "：“" + id.whole().label() + "”" + stated + "不等于" + parts + "之和" + sum,
                        "table '" + t.title() + "', " + subject + ": " + id.whole().label() + " " + stated
                                + " is not " + parts + " = " + sum));
            }
        }
    }
}
