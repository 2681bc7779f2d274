package org.gongkai.validation.rules.finalaccounts;

import java.util.Arrays;
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
 * 收入支出决算总表: 本年收入合计 is the sum of the sources and 本年支出合计 the sum of the 类 lines; 本年收入合计
 * + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余, on both sides.
 */
public final class SummaryTableBalancesWithCarryOvers extends FinalAccountsRule {

    public SummaryTableBalancesWithCarryOvers() {
        super(new RuleInfo("final-summary-table-balances", Category.ARITHMETIC, Severity.ERROR,
                "部门决算报表编制说明：收入支出决算总表 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出合计 + 结余分配 + 年末结转和结余 = 总计",
                "收入支出决算总表收支平衡：本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出合计 + 结余分配 + 年末结转和结余 = 总计",
                "The final accounts' summary balances: current income + use of balances + opening balance = current expenditure + distribution + closing balance = grand total",
                "收入支出决算总表：本年收入合计2,946.25万元、年初结转和结余49.14万元，收入总计却为2,985.39万元",
                "本年收入合计2,946.25万元 + 年初结转和结余49.14万元 = 总计2,995.39万元 = 本年支出合计2,940.05万元 + 年末结转和结余55.34万元"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        Optional<Located> found = table(d, TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY);
        if (found.isEmpty()) {
            findings.add(missingTable(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY));
            return;
        }
        Located l = found.get();
        BudgetTable t = l.table();
        TableRow in = t.incomeTotal();
        TableRow out = t.total();
        if (in == null || out == null) {
            findings.add(couldNotCheck(l.at(in == null ? "incomeTotal" : "total"),
                    "《" + t.title() + "》缺少总计行", "the table '" + t.title() + "' has no total line"));
            return;
        }
        String title = "《" + t.title() + "》";
        if (!t.incomeRows().isEmpty()) {
            weigh(findings, l.at("incomeTotal", "amounts", spelling(Column.CURRENT_INCOME)), "本年收入合计",
                    cell(in, Column.CURRENT_INCOME),
                    topLevel(t.incomeRows()).stream().map(r -> cell(r, Column.OUTTURN)).toList(),
                    title + "本年收入合计", "table '" + t.title() + "': current income");
        }
        if (!t.rows().isEmpty()) {
            weigh(findings, l.at("total", "amounts", spelling(Column.CURRENT_EXPENDITURE)), "本年支出合计",
                    cell(out, Column.CURRENT_EXPENDITURE),
                    topLevel(t.rows()).stream().map(r -> cell(r, Column.OUTTURN)).toList(),
                    title + "本年支出合计", "table '" + t.title() + "': current expenditure");
        }
        if (cell(in, Column.GRAND_TOTAL) == null && cell(out, Column.GRAND_TOTAL) == null) {
            findings.add(couldNotCheck(l.at("total", "amounts", spelling(Column.GRAND_TOTAL)),
                    title + "未列总计", "the table '" + t.title() + "' states no grand total"));
            return;
        }
        weigh(findings, l.at("incomeTotal", "amounts", spelling(Column.GRAND_TOTAL)), "收入总计",
                cell(in, Column.GRAND_TOTAL),
                Arrays.asList(cell(in, Column.CURRENT_INCOME), cell(in, Column.USE_OF_BALANCE), cell(in, Column.OPENING_BALANCE)),
                title + "收入总计（本年收入合计 + 使用非财政拨款结余 + 年初结转和结余）",
                "table '" + t.title() + "': income grand total (current income + use of balances + opening balance)");
        weigh(findings, l.at("total", "amounts", spelling(Column.GRAND_TOTAL)), "支出总计",
                cell(out, Column.GRAND_TOTAL),
                Arrays.asList(cell(out, Column.CURRENT_EXPENDITURE), cell(out, Column.BALANCE_DISTRIBUTION), cell(out, Column.CLOSING_BALANCE)),
                title + "支出总计（本年支出合计 + 结余分配 + 年末结转和结余）",
                "table '" + t.title() + "': expenditure grand total (current expenditure + distribution + closing balance)");
        same(findings, l.at("total", "amounts", spelling(Column.GRAND_TOTAL)), "总计",
                cell(in, Column.GRAND_TOTAL), cell(out, Column.GRAND_TOTAL),
                title + "收入方", title + "支出方", "the income side", "the expenditure side");
    }
}
