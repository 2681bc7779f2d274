package org.gongkai.validation.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * The same sum appears the same in every table: 收支总表, 收入总表 and 支出总表 totals; 一般公共预算
 * 支出表 as the 一般公共预算 column of 财政拨款收支总表; the economic table's 合计 as the 基本支出 of the
 * 一般公共预算支出表; and every 科目 line of the income table as in the expenditure table.
 */
public final class TablesAgreeWithEachOther extends AbstractRule {

    private record Pair(TableKind a, boolean aIncome, Column ca, TableKind b, boolean bIncome, Column cb, String what) {}

    private static final List<Pair> PAIRS = List.of(
            new Pair(TableKind.INCOME_EXPENDITURE_SUMMARY, false, Column.TOTAL, TableKind.EXPENDITURE_SUMMARY, false, Column.TOTAL, "支出总计"),
            new Pair(TableKind.INCOME_EXPENDITURE_SUMMARY, true, Column.AMOUNT, TableKind.INCOME_SUMMARY, false, Column.TOTAL, "收入总计"),
            new Pair(TableKind.INCOME_SUMMARY, false, Column.TOTAL, TableKind.EXPENDITURE_SUMMARY, false, Column.TOTAL, "收支合计"),
            new Pair(TableKind.FISCAL_GRANT_SUMMARY, false, Column.GENERAL_PUBLIC_BUDGET, TableKind.GENERAL_BUDGET_EXPENDITURE, false, Column.TOTAL, "一般公共预算支出"),
            new Pair(TableKind.GENERAL_BUDGET_EXPENDITURE, false, Column.BASIC, TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, false, Column.TOTAL, "一般公共预算基本支出"),
            new Pair(TableKind.FISCAL_GRANT_SUMMARY, false, Column.GOVERNMENT_FUND, TableKind.GOVERNMENT_FUND_EXPENDITURE, false, Column.TOTAL, "政府性基金预算支出"),
            new Pair(TableKind.FISCAL_GRANT_SUMMARY, false, Column.STATE_CAPITAL, TableKind.STATE_CAPITAL_EXPENDITURE, false, Column.TOTAL, "国有资本经营预算支出"));

    public TablesAgreeWithEachOther() {
        super(new RuleInfo("tables-agree-with-each-other", Category.CONSISTENCY, Severity.ERROR,
                "部门预算表之间的勾稽关系（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算表）",
                "同一数据在各张预算表中一致",
                "The same sum is the same in every table",
                "部门支出总表合计171,915,169元，部门收入总表合计171,915,196元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Pair p : PAIRS) {
            Optional<BudgetTable> a = d.table(p.a());
            Optional<BudgetTable> b = d.table(p.b());
            if (a.isEmpty() || b.isEmpty() || !carries(a.get(), p.ca()) || !carries(b.get(), p.cb())) {
                continue; // a table without that column (a template that splits it otherwise) cannot be compared
            }
            Amount va = totalOf(a.get(), p.aIncome(), p.ca());
            Amount vb = totalOf(b.get(), p.bIncome(), p.cb());
            if (va == null && vb == null) {
                continue;
            }
            Amount zero = Amount.zero(a.get().unit());
            va = va == null ? zero : va;
            vb = vb == null ? Amount.zero(b.get().unit()) : vb;
            if (!context.agree(va, vb)) {
                findings.add(mismatch(Pointer.of("tables", d.tables().indexOf(b.get()), "total", "amounts", p.cb().name().toLowerCase()),
                        p.what(), va, vb,
                        p.what() + "：《" + a.get().title() + "》为" + va + "，《" + b.get().title() + "》为" + vb,
                        p.what() + ": " + va + " in '" + a.get().title() + "' but " + vb + " in '" + b.get().title() + "'"));
            }
        }
        linesAgree(d, TableKind.INCOME_SUMMARY, TableKind.EXPENDITURE_SUMMARY, context, findings);
        return findings;
    }

    private static boolean carries(BudgetTable t, Column c) {
        return t.columns().isEmpty() || t.columns().contains(c);
    }

    private static Amount totalOf(BudgetTable t, boolean incomeSide, Column c) {
        TableRow row = incomeSide ? t.incomeTotal() : t.total();
        return row == null ? null : row.amount(c).orElse(null);
    }

    private void linesAgree(Disclosure d, TableKind ka, TableKind kb, CheckContext context, List<Finding> findings) {
        Optional<BudgetTable> a = d.table(ka);
        Optional<BudgetTable> b = d.table(kb);
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        int bi = d.tables().indexOf(b.get());
        java.util.Map<String, Integer> byCode = new java.util.HashMap<>();
        for (int i = 0; i < b.get().rows().size(); i++) {
            if (b.get().rows().get(i).code() != null) {
                byCode.putIfAbsent(b.get().rows().get(i).code(), i);
            }
        }
        for (TableRow ra : a.get().rows()) {
            if (ra.code() == null) {
                continue;
            }
            Integer at = byCode.get(ra.code());
            Optional<TableRow> match = at == null ? Optional.empty() : Optional.of(b.get().rows().get(at));
            Amount va = ra.amount(Column.TOTAL).orElse(null);
            if (va == null) {
                continue;
            }
            if (match.isEmpty()) {
                findings.add(finding(Pointer.of("tables", bi, "rows"), ra.code() + " " + ra.name(),
                        "科目" + ra.code() + " " + ra.name() + "见于《" + a.get().title() + "》，不见于《" + b.get().title() + "》",
                        "heading " + ra.code() + " is in '" + a.get().title() + "' but not in '" + b.get().title() + "'"));
                continue;
            }
            Amount vb = match.get().amount(Column.TOTAL).orElse(Amount.zero(b.get().unit()));
            if (!context.agree(va, vb)) {
                findings.add(mismatch(Pointer.of("tables", bi, "rows", at, "amounts", "total"),
                        ra.code() + " " + ra.name(), va, vb,
                        "科目" + ra.code() + " " + ra.name() + "：《" + a.get().title() + "》为" + va + "，《" + b.get().title() + "》为" + vb,
                        "heading " + ra.code() + ": " + va + " in '" + a.get().title() + "' but " + vb + " in '" + b.get().title() + "'"));
            }
        }
    }
}
