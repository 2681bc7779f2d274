package org.gongkai.validation.rules.finalaccounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.ClassificationParents;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.TableLines;

/**
 * In every 决算 table, each column of the 合计 line is the sum of the top lines (类), each 类 the sum of its
 * 款 and each 款 the sum of its 项, within the rounding a table in 万元 allows. The closing lines of the two
 * summary tables are weighed by their own rules; a column the 合计 line leaves blank is not weighed.
 */
public final class TableTotalsAddUp extends FinalAccountsRule {

    private static final Set<TableKind> OWN_RULES = EnumSet.of(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, TableKind.FINAL_THREE_PUBLIC);

    public TableTotalsAddUp() {
        super(new RuleInfo("final-table-totals-add-up", Category.ARITHMETIC, Severity.ERROR,
                "部门决算报表编制说明：表内合计 = 各类之和；类 = 各款之和；款 = 各项之和",
                "决算表中合计等于各类之和，类等于各款之和，款等于各项之和（万元表允许取整尾差）",
                "In every final accounts table, totals are the sums of their lines, 类 of 款 and 款 of 项 (rounding allowed in 万元)",
                "一般公共预算财政拨款支出决算表：208 社会保障和就业支出326.72万元，其下各款之和336.72万元",
                "支出决算表：合计2,940.05万元，各类之和2,940.06万元（万元取整尾差，只作提示）"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        boolean any = false;
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            if (!t.kind().isFinalAccounts() || OWN_RULES.contains(t.kind())) {
                continue;
            }
            any = true;
            Located l = new Located(t, i);
            TableLines lines = context.lines(t);
            if (t.total() != null && !t.rows().isEmpty()) {
                List<TableRow> top = topLevel(lines);
                for (Column c : t.total().amounts().keySet()) {
                    if (!anyFills(top, c)) {
                        continue;
                    }
                    if (!exact(cell(t.total(), c), top, c)) {
                        List<Amount> cells = column(top, c);
                        weigh(findings, l.at("total", "amounts", spelling(c)), t.title() + " " + c.label(),
                                cell(t.total(), c), cells,
                                "《" + t.title() + "》“" + c.label() + "”列合计", "table '" + t.title() + "', column " + c.label() + ": the total",
                                "各类之和", "its top lines sum to");
                    }
                }
            }
            hierarchy(findings, l, lines);
        }
        if (!any) {
            findings.add(missingTable(TableKind.FINAL_EXPENDITURE));
        }
    }

    private void hierarchy(List<Finding> findings, Located l, TableLines lines) {
        for (ClassificationParents.Parent p : lines.parents()) {
            int r = p.row();
            TableRow parent = p.line();
            for (Column c : p.columns()) {
                if (exact(cell(parent, c), p.children(), c)) {
                    continue;
                }
                List<Amount> cells = column(p.children(), c);
                ClassificationLevel level = lines.level(r);
                String childLevel = level == ClassificationLevel.CATEGORY ? "款" : "项";
                weigh(findings, l.at("rows", r, "amounts", spelling(c)), subject(parent),
                        cell(parent, c), cells,
                        "《" + l.table().title() + "》" + subject(parent) + "（" + level.label() + "）“"
                                + c.label() + "”",
                        "table '" + l.table().title() + "', " + subject(parent) + ", " + c.label(),
                        "其下各" + childLevel + "之和", "its sub-lines sum to");
            }
        }
    }

    private static boolean anyFills(List<TableRow> lines, Column c) {
        for (TableRow r : lines) {
            if (r.amounts().containsKey(c)) {
                return true;
            }
        }
        return false;
    }
}
