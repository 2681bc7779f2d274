package org.gongkai.validation.rules.finalaccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.TableLines;

/**
 * The same sum is the same in every 决算 table: 本年收入合计 of the summary and the 收入决算表's 合计; 本年支出合计 and
 * the 支出决算表's 合计; 财政拨款收入 of the 收入决算表 and the 财政拨款 本年收入合计; the 一般公共预算 本年支出 of the
 * 财政拨款 summary and the 一般公共预算财政拨款支出决算表's 合计; its 基本支出 and the 基本支出决算表; the 政府性基金 and
 * 国有资本经营 本年支出 and their tables; and each 类 of the summaries in the detailed tables.
 */
public final class TablesAgreeWithEachOther extends FinalAccountsRule {

    private record Side(TableKind kind, Function<BudgetTable, Amount> value, String what, String whatEn, String field) {}

    private record Pair(Side a, Side b, String subject) {}

    private static final List<Pair> PAIRS = List.of(
            new Pair(side(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, t -> cell(t.incomeTotal(), Column.CURRENT_INCOME), "本年收入合计", "current income", "incomeTotal/amounts/current_income"),
                    side(TableKind.FINAL_INCOME, t -> cell(t.total(), Column.TOTAL), "合计", "total", "total/amounts/total"), "本年收入合计"),
            new Pair(side(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, t -> cell(t.total(), Column.CURRENT_EXPENDITURE), "本年支出合计", "current expenditure", "total/amounts/current_expenditure"),
                    side(TableKind.FINAL_EXPENDITURE, t -> cell(t.total(), Column.TOTAL), "合计", "total", "total/amounts/total"), "本年支出合计"),
            new Pair(side(TableKind.FINAL_INCOME, t -> cell(t.total(), Column.FISCAL_GRANT), "财政拨款收入合计", "fiscal grant income", "total/amounts/fiscal_grant"),
                    side(TableKind.FINAL_FISCAL_GRANT_SUMMARY, t -> cell(t.incomeTotal(), Column.CURRENT_INCOME), "本年收入合计", "current income", "incomeTotal/amounts/current_income"), "财政拨款收入"),
            new Pair(side(TableKind.FINAL_FISCAL_GRANT_SUMMARY, t -> cell(t.total(), Column.GENERAL_PUBLIC_BUDGET), "一般公共预算财政拨款本年支出", "general budget expenditure", "total/amounts/general_public_budget"),
                    side(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, t -> cell(t.total(), Column.TOTAL), "合计", "total", "total/amounts/total"), "一般公共预算财政拨款支出"),
            new Pair(side(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, t -> cell(t.total(), Column.BASIC), "基本支出合计", "basic expenditure", "total/amounts/basic"),
                    side(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, TablesAgreeWithEachOther::basicTotal, "合计", "total", "total/amounts/personnel"), "一般公共预算财政拨款基本支出"),
            new Pair(side(TableKind.FINAL_FISCAL_GRANT_SUMMARY, t -> cell(t.total(), Column.GOVERNMENT_FUND), "政府性基金预算财政拨款本年支出", "government fund expenditure", "total/amounts/government_fund"),
                    side(TableKind.FINAL_GOVERNMENT_FUND, t -> cell(t.total(), spending(t)), "本年支出合计", "expenditure", "total/amounts/current_expenditure"), "政府性基金预算财政拨款支出"),
            new Pair(side(TableKind.FINAL_FISCAL_GRANT_SUMMARY, t -> cell(t.total(), Column.STATE_CAPITAL), "国有资本经营预算财政拨款本年支出", "state capital expenditure", "total/amounts/state_capital"),
                    side(TableKind.FINAL_STATE_CAPITAL, t -> cell(t.total(), spending(t)), "本年支出合计", "expenditure", "total/amounts/current_expenditure"), "国有资本经营预算财政拨款支出"));

    public TablesAgreeWithEachOther() {
        super(new RuleInfo("final-tables-agree-with-each-other", Category.CONSISTENCY, Severity.ERROR,
                "部门决算报表编制说明：表间勾稽关系（总表与收入、支出决算表，财政拨款总表与一般公共预算、基本支出、政府性基金、国有资本经营决算表）",
                "同一数据在各张决算表中一致（万元表允许取整尾差）",
                "The same sum is the same in every final accounts table (rounding allowed in 万元)",
                "收入支出决算总表本年支出合计2,940.05万元，支出决算表合计2,950.05万元",
                "一般公共预算财政拨款本年支出2,940.05万元 = 一般公共预算财政拨款支出决算表合计2,940.05万元"));
    }

    private static Side side(TableKind kind, Function<BudgetTable, Amount> value, String what, String whatEn, String field) {
        return new Side(kind, value, what, whatEn, field);
    }

    /** The 合计 of the basic expenditure table: printed, or 人员经费合计 + 公用经费合计. */
    private static Amount basicTotal(BudgetTable t) {
        Amount printed = Optional.ofNullable(cell(t.total(), Column.TOTAL)).orElse(cell(t.total(), Column.OUTTURN));
        if (printed != null) {
            return printed;
        }
        return org.gongkai.validation.Sums.sum(java.util.Arrays.asList(cell(t.total(), Column.PERSONNEL), cell(t.total(), Column.PUBLIC)));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        List<TableKind> missing = new ArrayList<>();
        for (Pair p : PAIRS) {
            Optional<Located> a = table(d, p.a().kind());
            Optional<Located> b = table(d, p.b().kind());
            if (a.isEmpty() || b.isEmpty()) {
                (a.isEmpty() ? List.of(p.a().kind()) : List.<TableKind>of()).forEach(k -> addOnce(missing, k));
                (b.isEmpty() ? List.of(p.b().kind()) : List.<TableKind>of()).forEach(k -> addOnce(missing, k));
                continue;
            }
            if (a.get().table().isEmpty() && b.get().table().isEmpty()) {
                continue;
            }
            Located unread = noTotals(a.get()) ? a.get() : noTotals(b.get()) ? b.get() : null;
            if (unread != null) {
                findings.add(couldNotCheck(unread.at("total"), "《" + unread.table().title() + "》没有合计行",
                        "the table '" + unread.table().title() + "' has no total line"));
                continue;
            }
            Amount va = orZero(p.a().value().apply(a.get().table()), a.get().table());
            Amount vb = orZero(p.b().value().apply(b.get().table()), b.get().table());
            if (va.compareTo(vb) == 0) {
                continue; // the common case, told before a pointer or a message is spelled
            }
            same(findings, b.get().at((Object[]) p.b().field().split("/")), p.subject(), va, vb,
                    "《" + a.get().table().title() + "》" + p.a().what(), "《" + b.get().table().title() + "》" + p.b().what(),
                    "'" + a.get().table().title() + "' (" + p.a().whatEn() + ")", "'" + b.get().table().title() + "' (" + p.b().whatEn() + ")");
        }
        lines(d, context, TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, Column.OUTTURN, TableKind.FINAL_EXPENDITURE, Column.TOTAL, findings);
        lines(d, context, TableKind.FINAL_FISCAL_GRANT_SUMMARY, Column.GENERAL_PUBLIC_BUDGET, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, Column.TOTAL, findings);
        for (TableKind k : missing) {
            findings.add(missingTable(k));
        }
    }

    private static boolean noTotals(Located l) {
        return !l.table().isEmpty() && l.table().total() == null && l.table().incomeTotal() == null;
    }

    private static void addOnce(List<TableKind> kinds, TableKind k) {
        if (!kinds.contains(k)) {
            kinds.add(k);
        }
    }

    private static Amount orZero(Amount a, BudgetTable t) {
        return a == null ? Amount.zero(t.unit()) : a;
    }

    /** Each 类 of a summary (named, as the summaries print no codes) against the same 类 of a detailed table. */
    private void lines(Disclosure d, CheckContext context, TableKind summaryKind, Column sc, TableKind detailKind, Column dc,
            List<Finding> findings) {
        Optional<Located> summary = table(d, summaryKind);
        Optional<Located> detail = table(d, detailKind);
        if (summary.isEmpty() || detail.isEmpty()) {
            return;
        }
        Map<String, Integer> byName = new HashMap<>();
        List<TableRow> rows = detail.get().table().rows();
        TableLines lines = context.lines(detail.get().table());
        for (int i = 0; i < rows.size(); i++) {
            if (lines.level(i) == ClassificationLevel.CATEGORY) {
                byName.putIfAbsent(plainName(rows.get(i).name()), i);
            }
        }
        for (TableRow s : summary.get().table().rows()) {
            Amount vs = cell(s, sc);
            if (vs == null) {
                continue;
            }
            String name = plainName(s.name());
            Integer at = byName.get(name);
            if (at == null) {
                continue;
            }
            Amount vd = orZero(cell(rows.get(at), dc), detail.get().table());
            if (vs.compareTo(vd) == 0) {
                continue;
            }
            same(findings, detail.get().at("rows", at, "amounts", spelling(dc)), name, vs, vd,
                    "《" + summary.get().table().title() + "》", "《" + detail.get().table().title() + "》",
                    "'" + summary.get().table().title() + "'", "'" + detail.get().table().title() + "'");
        }
    }
}
