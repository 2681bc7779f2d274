package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import java.util.Optional;
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
 * Along every line of the 收入决算表: 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入
 * + 其他收入 (the fund columns count instead of 财政拨款收入 where a table splits it and gives no 财政拨款收入).
 */
public final class IncomeLinesAddUp extends FinalAccountsRule {

    private static final List<Column> FUNDS = List.of(Column.GENERAL_PUBLIC_BUDGET, Column.GOVERNMENT_FUND, Column.STATE_CAPITAL);

    public IncomeLinesAddUp() {
        super(new RuleInfo("final-income-is-sum-of-sources", Category.ARITHMETIC, Severity.ERROR,
                "部门决算报表编制说明：本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入",
                "收入决算表每一行：本年收入合计等于各项收入之和",
                "Along every line of the final income table, the total is the sum of the sources",
                "收入决算表 201 一般公共服务支出：本年收入合计2,112.86万元，财政拨款收入2,106.66万元，其他收入6.02万元",
                "201 一般公共服务支出：本年收入合计2,112.86万元 = 财政拨款收入2,106.66万元 + 其他收入6.20万元"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        Optional<Located> found = table(d, TableKind.FINAL_INCOME);
        if (found.isEmpty()) {
            findings.add(missingTable(TableKind.FINAL_INCOME));
            return;
        }
        Located l = found.get();
        BudgetTable t = l.table();
        List<Column> parts = t.columns().stream()
                .filter(c -> c != Column.TOTAL && !(FUNDS.contains(c) && t.columns().contains(Column.FISCAL_GRANT)))
                .toList();
        for (int r = 0; r < t.rows().size(); r++) {
            line(findings, l, t.rows().get(r), parts, r);
        }
        if (t.total() != null) {
            line(findings, l, t.total(), parts, -1);
        }
    }

    private void line(List<Finding> findings, Located l, TableRow row, List<Column> parts, int r) {
        if (exactAcross(cell(row, Column.TOTAL), row, parts)) {
            return;
        }
        String at = r < 0 ? l.at("total", "amounts", spelling(Column.TOTAL)) : l.at("rows", r, "amounts", spelling(Column.TOTAL));
        weigh(findings, at, subject(row), cell(row, Column.TOTAL), parts.stream().map(c -> cell(row, c)).toList(),
                "《" + l.table().title() + "》" + subject(row) + "的本年收入合计",
                "table '" + l.table().title() + "', " + subject(row) + ": total income");
    }
}
