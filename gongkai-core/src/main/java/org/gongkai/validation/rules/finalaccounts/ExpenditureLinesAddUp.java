package org.gongkai.validation.rules.finalaccounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * Along every line of the 决算 expenditure tables (支出决算表, 一般公共预算财政拨款支出决算表, and the 本年支出 of
 * the 政府性基金 and 国有资本经营 tables): 合计 = 基本支出 + 项目支出 (+ 上缴上级支出 + 经营支出 + 对附属单位补助支出).
 */
public final class ExpenditureLinesAddUp extends FinalAccountsRule {

    private static final List<TableKind> KINDS = List.of(TableKind.FINAL_EXPENDITURE,
            TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, TableKind.FINAL_GOVERNMENT_FUND, TableKind.FINAL_STATE_CAPITAL);
    private static final List<Column> PARTS = List.of(Column.BASIC, Column.PROJECT, Column.REMIT_TO_HIGHER_LEVEL,
            Column.BUSINESS_OPERATING_EXPENDITURE, Column.SUBSIDY_TO_SUBORDINATES);

    public ExpenditureLinesAddUp() {
        super(new RuleInfo("final-expenditure-is-basic-plus-project", Category.ARITHMETIC, Severity.ERROR,
                "部门决算报表编制说明：支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出",
                "决算支出表每一行：合计 = 基本支出 + 项目支出（+ 上缴上级支出 + 经营支出 + 对附属单位补助支出）",
                "Along every line of the final expenditure tables, the total is basic + project (+ remittances, operating, subsidies to subordinates)",
                "支出决算表 2010601 行政运行：合计1,511.89万元，基本支出1,503.52万元，项目支出18.37万元",
                "2010601 行政运行：合计1,511.89万元 = 基本支出1,503.52万元 + 项目支出8.37万元"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        boolean any = false;
        for (TableKind kind : KINDS) {
            Optional<Located> found = table(d, kind);
            if (found.isEmpty()) {
                continue;
            }
            any = true;
            Located l = found.get();
            BudgetTable t = l.table();
            Column whole = spending(t);
            Set<Column> printed = EnumSet.noneOf(Column.class);
            for (Column c : PARTS) {
                if (t.columns().contains(c)) {
                    printed.add(c);
                }
            }
            for (int r = 0; r < t.rows().size(); r++) {
                line(findings, l, t.rows().get(r), whole, printed, r);
            }
            if (t.total() != null) {
                line(findings, l, t.total(), whole, printed, -1);
            }
        }
        if (!any) {
            findings.add(missingTable(TableKind.FINAL_EXPENDITURE));
        }
    }

    /** One line: its parts are the part columns it fills or the table prints ({@code printed}). */
    private void line(List<Finding> findings, Located l, TableRow row, Column whole, Set<Column> printed, int r) {
        boolean anyStated = false;
        for (Column c : PARTS) {
            anyStated |= row.amounts().get(c) != null;
        }
        if (!anyStated || exactAcross(cell(row, whole), row, PARTS)) {
            return; // the common case, told before a list of parts or a message is made
        }
        List<Amount> parts = new ArrayList<>(PARTS.size());
        for (Column c : PARTS) {
            Amount a = row.amounts().get(c);
            if (a != null || printed.contains(c)) {
                parts.add(a);
            }
        }
        String at = r < 0 ? l.at("total", "amounts", spelling(whole)) : l.at("rows", r, "amounts", spelling(whole));
        weigh(findings, at, subject(row), cell(row, whole), parts,
                "《" + l.table().title() + "》" + subject(row) + "的" + whole.label(),
                "table '" + l.table().title() + "', " + subject(row) + ": " + whole.label());
    }
}
