package org.gongkai.validation.rules.arithmetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
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
 * In every table, each column's 合计 equals the sum of its top-level lines (the 类 lines where the
 * table is classified, the 一、二、… lines of an income side). Exact: one table has one unit.
 */
public final class TableTotalIsSumOfLines extends AbstractRule {

    private static final Pattern TOP_LEVEL_NAME = Pattern.compile("^[一二三四五六七八九十]+、.*");

    public TableTotalIsSumOfLines() {
        super(new RuleInfo("table-total-is-sum-of-lines", Category.ARITHMETIC, Severity.ERROR,
                "地方预决算公开操作规程：表内合计 = 各行之和",
                "每张表各列的合计等于其各行（类级）之和",
                "In every table, each column's total equals the sum of its top-level lines",
                "部门支出总表 合计列：合计171,915,169元，各类之和171,915,168元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            if (t.kind().isFinalAccounts()) {
                continue; // the final accounts' tables: final-table-totals-add-up, with their rounding
            }
            check(t, t.rows(), t.total(), Pointer.of("tables", i, "total"), findings);
            check(t, t.incomeRows(), t.incomeTotal(), Pointer.of("tables", i, "incomeTotal"), findings);
        }
        return findings;
    }

    private void check(BudgetTable t, List<TableRow> rows, TableRow total, String at, List<Finding> findings) {
        if (total == null || rows.isEmpty()) {
            return;
        }
        List<TableRow> top = topLevel(rows);
        Set<Column> columns = EnumSet.noneOf(Column.class);
        columns.addAll(total.amounts().keySet());
        top.forEach(r -> columns.addAll(r.amounts().keySet()));
        for (Column c : columns) {
            Amount sum = Sums.sumOrZero(top.stream().map(r -> r.amounts().get(c)).toList(), t.unit());
            Amount stated = total.amount(c).orElse(Amount.zero(t.unit()));
            if (sum.compareTo(stated) != 0) {
                findings.add(mismatch(at + Pointer.of("amounts", c.name().toLowerCase(java.util.Locale.ROOT)),
                        t.title() + " " + c.label(), sum, stated,
                        "《" + t.title() + "》“" + c.label() + "”列合计" + stated + "，各行之和为" + sum,
                        "table '" + t.title() + "', column " + c.label() + ": total " + stated + ", sum of lines " + sum));
            }
        }
    }

    static List<TableRow> topLevel(List<TableRow> rows) {
        List<TableRow> categories = rows.stream()
                .filter(r -> r.level().filter(l -> l == ClassificationLevel.CATEGORY).isPresent()).toList();
        if (!categories.isEmpty()) {
            return categories;
        }
        List<TableRow> numbered = rows.stream().filter(r -> TOP_LEVEL_NAME.matcher(r.name()).matches()).toList();
        if (!numbered.isEmpty()) {
            return numbered;
        }
        // groups that each open with their 小计 (一般公共预算资金 小计, its sources under it): the 小计 lines add up
        List<TableRow> subtotals = rows.stream().filter(r -> r.name().replace(" ", "").endsWith("小计")).toList();
        if (subtotals.size() >= 2) {
            return subtotals;
        }
        return rows.stream().filter(r -> !r.name().strip().startsWith("其中")).toList();
    }
}
