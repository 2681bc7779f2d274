package org.gongkai.validation.rules.acrossdocuments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicOutturn;
import org.gongkai.validation.Category;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Spaces;

/**
 * A 决算's 年初预算数 is the budget the people's congress approved at the start of the year, which the
 * department published as its budget: per line of the 一般公共预算 spending, for the whole, and for
 * 三公 and each of its items, the 决算 must state what the budget of the same year states. Compared only
 * where both documents state the figure; amounts in different units are compared to the precision the
 * coarser one prints (half its last digit), so 1,560,050 元 and 1560.05 万元 agree.
 */
public final class InitialBudgetIsThePublishedBudget {

    public static final RuleInfo INFO = new RuleInfo("final-initial-budget-is-the-published-budget", Category.CONSISTENCY,
            Severity.ERROR,
            "《预算法》第七十五条：决算草案应当与预算相对应，按预算数、调整预算数、决算数分别列出；年初预算数即年初批准并公开的部门预算",
            "决算的年初预算数（各科目、合计、“三公”经费及各项）等于同一年度公开的部门预算所列数",
            "A final account's initial budget (per line, in total, for the three public expenses and each item) is the budget published for that year",
            "决算称行政运行（2010601）年初预算为1560.05万元，同年公开的部门预算一般公共预算支出表列1,500.00万元",
            "决算称年初预算为1560.05万元，部门预算表列1,560.05万元（或15,600,500元）");

    private InitialBudgetIsThePublishedBudget() {}

    /** The findings on the 决算 (pointers into it); none when the first document is not a 决算 or the second is not a budget. */
    public static List<Finding> check(Disclosure finalAccounts, Disclosure budget) {
        List<Finding> findings = new ArrayList<>();
        if (!finalAccounts.document().kind().isFinalAccounts() || budget.document().kind().isFinalAccounts()) {
            return findings;
        }
        Optional<BudgetTable> planned = budget.table(TableKind.GENERAL_BUDGET_EXPENDITURE);
        lines(findings, finalAccounts, planned, budget);
        threePublic(findings, finalAccounts, budget);
        return findings;
    }

    private static void lines(List<Finding> findings, Disclosure fa, Optional<BudgetTable> planned, Disclosure budget) {
        if (planned.isEmpty()) {
            return;
        }
        BudgetTable b = planned.get();
        Optional<BudgetTable> table5 = fa.table(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE);
        List<String> compared = new ArrayList<>();
        if (table5.isPresent()) {
            int index = fa.tables().indexOf(table5.get());
            List<TableRow> rows = table5.get().rows();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                Optional<Amount> initial = r.amount(Column.INITIAL_BUDGET);
                Optional<Amount> published = line(b, r.code());
                if (initial.isPresent() && published.isPresent() && r.code() != null) {
                    compared.add(r.code());
                    compare(findings, Pointer.of("tables", index, "rows", i, "amounts", "initial_budget"),
                            r.code() + " " + r.name(), initial.get(), published.get(), b, budget);
                }
            }
            Optional<Amount> totalInitial = Optional.ofNullable(table5.get().total()).flatMap(t -> t.amount(Column.INITIAL_BUDGET));
            Optional<Amount> totalPublished = total(b);
            if (totalInitial.isPresent() && totalPublished.isPresent()) {
                compared.add("total");
                compare(findings, Pointer.of("tables", index, "total", "amounts", "initial_budget"), "一般公共预算财政拨款支出",
                        totalInitial.get(), totalPublished.get(), b, budget);
            }
        }
        if (fa.finalAccounts() == null) {
            return;
        }
        List<Outturn> outturns = fa.finalAccounts().outturns();
        for (int i = 0; i < outturns.size(); i++) {
            Outturn o = outturns.get(i);
            Optional<Amount> published = line(b, o.code());
            if (o.budget() != null && published.isPresent() && !compared.contains(o.code())) {
                compare(findings, Pointer.of("finalAccounts", "outturns", i, "budget"), o.name(), o.budget(), published.get(), b, budget);
            }
        }
        Outturn whole = fa.finalAccounts().generalBudgetOutturn();
        Optional<Amount> published = total(b);
        if (whole != null && whole.budget() != null && published.isPresent() && !compared.contains("total")) {
            compare(findings, Pointer.of("finalAccounts", "generalBudgetOutturn", "budget"), "一般公共预算财政拨款支出",
                    whole.budget(), published.get(), b, budget);
        }
    }

    /** The budget's amount for a line: its 合计, or its single 预算数 column. */
    private static Optional<Amount> line(BudgetTable b, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return b.rows().stream().filter(r -> code.equals(r.code())).findFirst().flatMap(InitialBudgetIsThePublishedBudget::amount);
    }

    private static Optional<Amount> total(BudgetTable b) {
        return Optional.ofNullable(b.total()).flatMap(InitialBudgetIsThePublishedBudget::amount);
    }

    private static Optional<Amount> amount(TableRow r) {
        return r.amount(Column.TOTAL).or(() -> r.amount(Column.AMOUNT));
    }

    /** 三公 and each item: the 决算's 预算数 (its table's 预算数 line, else its statement) against the budget's statement. */
    private static void threePublic(List<Finding> findings, Disclosure fa, Disclosure budget) {
        var planned = budget.threePublic();
        if (planned == null) {
            return;
        }
        ThreePublicOutturn stated = fa.finalAccounts() == null ? null : fa.finalAccounts().threePublic();
        item(findings, fa, budget, "total", Column.TOTAL, stated == null ? null : stated.total(), planned.total(), "“三公”经费");
        item(findings, fa, budget, "abroad", Column.ABROAD, stated == null ? null : stated.abroad(), planned.abroad(), "因公出国（境）费");
        item(findings, fa, budget, "vehicles", Column.VEHICLES, stated == null ? null : stated.vehicles(), planned.vehicles(),
                "公务用车购置及运行费");
        item(findings, fa, budget, "vehiclePurchase", Column.VEHICLE_PURCHASE, stated == null ? null : stated.vehiclePurchase(),
                planned.vehiclePurchase(), "公务用车购置费");
        item(findings, fa, budget, "vehicleRunning", Column.VEHICLE_RUNNING, stated == null ? null : stated.vehicleRunning(),
                planned.vehicleRunning(), "公务用车运行费");
        item(findings, fa, budget, "reception", Column.RECEPTION, stated == null ? null : stated.reception(), planned.reception(),
                "公务接待费");
    }

    private static void item(List<Finding> findings, Disclosure fa, Disclosure budget, String field, Column column, Outturn stated,
            Figure planned, String name) {
        if (planned == null || planned.amount() == null) {
            return;
        }
        Optional<BudgetTable> table = fa.table(TableKind.FINAL_THREE_PUBLIC);
        if (table.isPresent()) {
            List<TableRow> rows = table.get().rows();
            for (int i = 0; i < rows.size(); i++) {
                TableRow r = rows.get(i);
                if (isBudgetRow(r)) {
                    // a blank cell on the 预算数 line of a published 三公 table is no budget
                    Amount initial = r.amount(column).orElse(Amount.zero(table.get().unit()));
                    compare(findings, Pointer.of("tables", fa.tables().indexOf(table.get()), "rows", i, "amounts",
                            column.name().toLowerCase(java.util.Locale.ROOT)), name, initial, planned.amount(), null, budget);
                    return;
                }
            }
        }
        if (stated != null && stated.budget() != null) {
            compare(findings, Pointer.of("finalAccounts", "threePublic", field, "budget"), name, stated.budget(), planned.amount(),
                    null, budget);
        }
    }

    /** The 预算数 line of a 三公 决算 table: named 预算数 or 年初预算数 (the template's header labels). */
    private static boolean isBudgetRow(TableRow r) {
        String name = Spaces.removed(r.name());
        return name.equals("预算数") || name.equals(Column.INITIAL_BUDGET.label());
    }

    private static void compare(List<Finding> findings, String path, String subject, Amount initial, Amount published,
            BudgetTable table, Disclosure budget) {
        MoneyUnit coarser = initial.unit().inYuan().compareTo(published.unit().inYuan()) >= 0 ? initial.unit() : published.unit();
        Amount a = initial.in(coarser);
        Amount b = published.in(coarser);
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.min(scale(initial, coarser), scale(published, coarser)))
                .divide(BigDecimal.valueOf(2));
        if (a.minus(b).abs().value().compareTo(half) <= 0) {
            return;
        }
        String where = table == null ? "部门预算“三公”经费" : "部门预算《" + table.title() + "》";
        String whereEn = table == null ? "the budget's three public expenses" : "the budget's table '" + table.title() + "'";
        findings.add(new Finding(INFO.id(), INFO.category(), INFO.severity(), path, subject,
                subject + "：决算年初预算数为" + initial.plain() + initial.unit().symbol() + "，" + budget.fiscalYear() + "年" + where
                        + "列" + published.plain() + published.unit().symbol(),
                subject + ": the final account's initial budget is " + initial + ", " + whereEn + " of " + budget.fiscalYear()
                        + " states " + published,
                b, a, a.minus(b)));
    }

    /** The decimals an amount states, counted in the coarser unit (1560.05 万元: 2; 15,600,500 元 in 万元: 4). */
    private static int scale(Amount amount, MoneyUnit coarser) {
        int shift = amount.unit().inYuan().divide(coarser.inYuan()).stripTrailingZeros().scale();
        return Math.max(0, amount.value().scale() + Math.max(0, shift));
    }
}
