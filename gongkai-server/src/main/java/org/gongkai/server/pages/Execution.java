package org.gongkai.server.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.ThreePublicOutturn;
import org.springframework.context.MessageSource;

/**
 * A department's year side by side: the published budget (预算) against the published final
 * accounts (决算), by 支出功能分类 class and for the “三公” expenses, with the execution rate (执行率 =
 * 决算 ÷ 预算, in per cent to one decimal, exact until rounded). Lines are matched by what they are
 * (a class by its code, a 三公 item by its place), never by position.
 *
 * <p>Where the 预算 comes from: the budget disclosure's classes ({@link FunctionClasses}) and its
 * 三公 amounts. The 决算: the 决算's classes (its statement, its tables, else the lines it compares with
 * their 年初预算) and its 三公 决算 (the 决算 stated against the budget, else its 三公 amounts). The 年初预算
 * the 决算 itself states for a line is shown beside, so that a reader sees when the two documents
 * disagree. Every amount is in one unit, the budget's (else the 决算's); a figure not stated is a dash.
 */
public final class Execution {

    /** {@code kind}: both, only-budget, only-outturn. */
    public record Row(String label, String budget, String stated, String outturn, String difference, String rate,
            String kind) {
    }

    /** One part of the page: its rows, and the same figures as a chart (预算 and 决算 series). */
    public record Part(String id, String title, List<Row> rows, Charts.Chart chart, boolean anyStated) {
        public boolean empty() {
            return rows.isEmpty();
        }
    }

    private record Line(String label, Amount budget, Amount stated, Amount outturn) {
    }

    private final MessageSource messages;
    private final Locale locale;

    public Execution(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The parts for a year; either document may be missing (its column is then all dashes). */
    public List<Part> of(Disclosure budget, Disclosure finalAccounts) {
        MoneyUnit unit = budget != null ? budget.document().unit() : finalAccounts.document().unit();
        return List.of(functions(budget, finalAccounts, unit), threePublic(budget, finalAccounts, unit));
    }

    private Part functions(Disclosure budget, Disclosure fa, MoneyUnit unit) {
        Map<String, Line> lines = new LinkedHashMap<>();
        if (budget != null) {
            for (FunctionClasses.FunctionClass c : FunctionClasses.of(budget, unit)) {
                lines.put(c.code(), new Line(c.code() + " " + c.name(), c.amount(), null, null));
            }
        }
        if (fa != null) {
            for (FunctionClasses.FunctionClass c : FunctionClasses.of(fa, unit)) {
                Line l = lines.get(c.code());
                lines.put(c.code(), l == null ? new Line(c.code() + " " + c.name(), null, null, c.amount())
                        : new Line(l.label(), l.budget(), null, c.amount()));
            }
            for (FunctionClasses.FunctionClass c : FunctionClasses.fromOutturns(fa, unit, Outturn::budget)) {
                Line l = lines.get(c.code());
                lines.put(c.code(), l == null ? new Line(c.code() + " " + c.name(), null, c.amount(), null)
                        : new Line(l.label(), l.budget(), c.amount(), l.outturn()));
            }
        }
        return part("execution-functions", "rows", text("execution.functions"), new ArrayList<>(lines.values()), unit);
    }

    private Part threePublic(Disclosure budget, Disclosure fa, MoneyUnit unit) {
        ThreePublicExpenses b = budget == null ? null : budget.threePublic();
        ThreePublicExpenses f = fa == null ? null : fa.threePublic();
        ThreePublicOutturn o = fa == null || fa.finalAccounts() == null ? null : fa.finalAccounts().threePublic();
        List<Line> lines = new ArrayList<>();
        add(lines, text("threePublic.total"), b == null ? null : b.total(), f == null ? null : f.total(),
                o == null ? null : o.total());
        add(lines, text("threePublic.abroad"), b == null ? null : b.abroad(), f == null ? null : f.abroad(),
                o == null ? null : o.abroad());
        add(lines, text("threePublic.vehicles"), b == null ? null : b.vehicles(), f == null ? null : f.vehicles(),
                o == null ? null : o.vehicles());
        add(lines, text("threePublic.vehiclePurchase"), b == null ? null : b.vehiclePurchase(),
                f == null ? null : f.vehiclePurchase(), o == null ? null : o.vehiclePurchase());
        add(lines, text("threePublic.vehicleRunning"), b == null ? null : b.vehicleRunning(),
                f == null ? null : f.vehicleRunning(), o == null ? null : o.vehicleRunning());
        add(lines, text("threePublic.reception"), b == null ? null : b.reception(), f == null ? null : f.reception(),
                o == null ? null : o.reception());
        return part("execution-three-public", "rows", text("execution.threePublic"), lines, unit);
    }

    /** One 三公 item: 预算 from the budget; 决算 as stated against the budget, else the 决算's own 三公 amount. */
    private static void add(List<Line> lines, String label, Figure budgeted, Figure spent, Outturn stated) {
        Amount budget = budgeted == null ? null : budgeted.amount();
        Amount outturn = stated != null && stated.outturn() != null ? stated.outturn()
                : spent == null ? null : spent.amount();
        Amount statedBudget = stated == null ? null : stated.budget();
        if (budget != null || outturn != null || statedBudget != null) {
            lines.add(new Line(label, budget, statedBudget, outturn));
        }
    }

    private Part part(String id, String chartKind, String title, List<Line> lines, MoneyUnit unit) {
        List<Row> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> budgets = new ArrayList<>();
        List<String> outturns = new ArrayList<>();
        boolean anyStated = false;
        for (Line l : lines) {
            rows.add(row(l, unit));
            anyStated |= l.stated() != null;
            if (l.budget() != null || l.outturn() != null) {
                categories.add(l.label());
                budgets.add(l.budget() == null ? null : Charts.exact(l.budget(), unit));
                outturns.add(l.outturn() == null ? null : Charts.exact(l.outturn(), unit));
            }
        }
        String unitText = text("unit." + unit.name());
        Charts.Chart chart = new Charts.Chart(id, chartKind, title, unitText, categories,
                List.of(new Charts.Series(text("execution.budget"), budgets),
                        new Charts.Series(text("execution.outturn"), outturns)),
                categories.isEmpty() ? text("execution.none") : null);
        return new Part(id, title, rows, chart, anyStated);
    }

    private static Row row(Line l, MoneyUnit unit) {
        BigDecimal budget = l.budget() == null ? null : l.budget().in(unit).value();
        BigDecimal outturn = l.outturn() == null ? null : l.outturn().in(unit).value();
        BigDecimal stated = l.stated() == null ? null : l.stated().in(unit).value();
        String kind = budget == null ? "only-outturn" : outturn == null ? "only-budget" : "both";
        String difference = budget == null || outturn == null ? "—" : Money.signed(outturn.subtract(budget));
        return new Row(l.label(), Money.format(budget), Money.format(stated), Money.format(outturn), difference,
                rate(outturn, budget), kind);
    }

    /** 执行率: 决算 ÷ 预算 in per cent, one decimal, half up; a dash when either is missing or 预算 is zero. */
    static String rate(BigDecimal outturn, BigDecimal budget) {
        if (outturn == null || budget == null || budget.signum() == 0) {
            return "—";
        }
        return outturn.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : Arrays.copyOf(args, args.length), locale);
    }
}
