package org.gongkai.validation.rules.finalaccounts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.gongkai.validation.Sums;

/**
 * 一般公共预算财政拨款基本支出决算表: 人员经费合计 + 公用经费合计 = 基本支出 (the table's own 合计 where it prints one,
 * else the 基本支出 of the 一般公共预算财政拨款支出决算表); 人员经费 is the economic classes 301 and 303, 公用经费 the
 * others (302, 310 …).
 */
public final class BasicIsPersonnelPlusPublic extends FinalAccountsRule {

    /** 工资福利支出 and 对个人和家庭的补助: the classes of 人员经费 (部门预算支出经济分类). */
    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    public BasicIsPersonnelPlusPublic() {
        super(new RuleInfo("final-basic-is-personnel-plus-public", Category.ARITHMETIC, Severity.ERROR,
                "部门决算报表编制说明：基本支出 = 人员经费 + 公用经费；人员经费 = 工资福利支出（301）+ 对个人和家庭的补助（303）",
                "基本支出决算等于人员经费与公用经费之和，人员经费等于301与303类之和",
                "Basic expenditure is personnel plus public costs; personnel costs are classes 301 and 303",
                "一般公共预算财政拨款基本支出决算表：人员经费合计2,152.26万元，公用经费合计194.65万元，基本支出2,336.91万元",
                "人员经费合计2,152.26万元（301类2,082.85 + 303类69.41）+ 公用经费合计184.65万元 = 基本支出2,336.91万元"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        Optional<Located> found = table(d, TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE);
        if (found.isEmpty()) {
            findings.add(missingTable(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE));
            return;
        }
        Located l = found.get();
        BudgetTable t = l.table();
        TableRow total = t.total();
        Amount personnel = cell(total, Column.PERSONNEL);
        Amount publicCosts = cell(total, Column.PUBLIC);
        if (personnel == null && publicCosts == null) {
            findings.add(couldNotCheck(l.at("total"), "《" + t.title() + "》未列人员经费合计和公用经费合计",
                    "the table '" + t.title() + "' states no personnel and public totals"));
            return;
        }
        Amount basic = Optional.ofNullable(cell(total, Column.TOTAL)).orElse(cell(total, Column.OUTTURN));
        String at = l.at("total", "amounts", spelling(Column.PERSONNEL));
        String where = "《" + t.title() + "》的合计";
        if (basic == null) {
            Optional<Located> expenditure = table(d, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE);
            basic = expenditure.map(e -> cell(e.table().total(), Column.BASIC)).orElse(null);
            where = expenditure.map(e -> "《" + e.table().title() + "》的基本支出").orElse(where);
        }
        if (basic == null) {
            findings.add(couldNotCheck(l.at("total"), "基本支出合计未列出", "no total of basic expenditure is stated"));
        } else {
            Amount parts = Sums.sumOrZero(Arrays.asList(personnel, publicCosts), t.unit());
            if (parts.compareTo(basic) != 0) { // the message is spelled only for a difference
                report(findings, at, "基本支出", parts, basic, 3,
                        "基本支出：人员经费合计 + 公用经费合计 = " + parts + "，" + where + "为" + basic,
                        "basic expenditure: personnel + public totals " + parts + " but " + basic + " stated");
            }
        }
        List<TableRow> classes = context.lines(t).categories();
        if (classes.isEmpty()) {
            return;
        }
        weigh(findings, at, "人员经费合计", personnel,
                classes.stream().filter(r -> PERSONNEL_CLASSES.contains(r.code())).map(BasicIsPersonnelPlusPublic::amountOf).toList(),
                "《" + t.title() + "》人员经费合计（301、303类之和）", "table '" + t.title() + "': personnel total (classes 301 and 303)");
        weigh(findings, l.at("total", "amounts", spelling(Column.PUBLIC)), "公用经费合计", publicCosts,
                classes.stream().filter(r -> !PERSONNEL_CLASSES.contains(r.code())).map(BasicIsPersonnelPlusPublic::amountOf).toList(),
                "《" + t.title() + "》公用经费合计（302、310等类之和）", "table '" + t.title() + "': public total (classes 302, 310 …)");
    }

    private static Amount amountOf(TableRow r) {
        return Optional.ofNullable(cell(r, Column.OUTTURN)).orElse(cell(r, Column.TOTAL));
    }
}
