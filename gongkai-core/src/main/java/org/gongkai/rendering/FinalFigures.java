package org.gongkai.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Figure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.OutturnComparison;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.profile.TemplateProfile;

/**
 * The figures a 决算 statement states, taken from its tables where a table holds them and from the
 * statement's own figures only where no table does, in the statement's unit. So the generated
 * sentences say what the tables say. Comparisons with 预算 (direction word, completion rate) are
 * computed here from the two amounts, never copied from the words of the source.
 */
final class FinalFigures {

    /** 人员经费 is the economic classes 301 and 303 (部门决算报表编制说明); the others are 公用经费. */
    static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Disclosure d;
    private final TemplateProfile profile;
    private final MoneyUnit unit;

    FinalFigures(Disclosure d, TemplateProfile profile) {
        this.d = d;
        this.profile = profile;
        this.unit = d.document().unit();
    }

    MoneyUnit unit() {
        return unit;
    }

    FinalAccounts stated() {
        return d.finalAccounts();
    }

    /** A table's cell in the statement's unit, rounded as published there; empty for a blank cell. */
    Optional<Amount> cell(TableKind kind, boolean incomeSide, Column column) {
        return d.table(kind).map(t -> incomeSide ? t.incomeTotal() : t.total())
                .flatMap(r -> r.amount(column)).map(this::inStatementUnit);
    }

    Amount inStatementUnit(Amount a) {
        return a == null ? null : a.unit() == unit ? a : a.publishedIn(unit);
    }

    /** The first amount present: the table's, else the statement's. */
    @SafeVarargs
    static Amount first(Optional<Amount>... candidates) {
        for (Optional<Amount> c : candidates) {
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }

    static Optional<Amount> of(Figure f) {
        return f == null ? Optional.empty() : Optional.ofNullable(f.amount());
    }

    /** 收入支出总计: the summary table's 总计, else the statement's. */
    Amount grandTotal() {
        return first(cell(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, true, Column.GRAND_TOTAL),
                cell(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, false, Column.GRAND_TOTAL),
                of(stated() == null ? null : stated().grandTotal()).map(this::inStatementUnit));
    }

    /** 本年收入合计. */
    Amount incomeTotal() {
        return first(cell(TableKind.FINAL_INCOME, false, Column.TOTAL),
                cell(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, true, Column.CURRENT_INCOME),
                d.overview() == null || d.overview().income() == null ? Optional.empty()
                        : of(d.overview().income().total()).map(this::inStatementUnit));
    }

    /** 本年支出合计. */
    Amount expenditureTotal() {
        return first(cell(TableKind.FINAL_EXPENDITURE, false, Column.TOTAL),
                cell(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, false, Column.CURRENT_EXPENDITURE),
                d.overview() == null || d.overview().expenditure() == null ? Optional.empty()
                        : of(d.overview().expenditure().total()).map(this::inStatementUnit));
    }

    /** The 收入决算表's (or 支出决算表's) total row by column, the total column left out, blanks and zeros too. */
    Map<Column, Amount> parts(TableKind kind) {
        Map<Column, Amount> parts = new EnumMap<>(Column.class);
        d.table(kind).ifPresent(t -> {
            if (t.total() != null) {
                for (Column c : t.columns()) {
                    if (c != Column.TOTAL) {
                        t.total().amount(c).filter(a -> !a.isZero()).ifPresent(a -> parts.put(c, inStatementUnit(a)));
                    }
                }
            }
        });
        return parts;
    }

    /** 财政拨款收入支出总计: the fiscal grant summary's 总计, else the statement's. */
    Amount fiscalGrantTotal() {
        return first(cell(TableKind.FINAL_FISCAL_GRANT_SUMMARY, true, Column.GRAND_TOTAL),
                cell(TableKind.FINAL_FISCAL_GRANT_SUMMARY, false, Column.GRAND_TOTAL),
                of(stated() == null ? null : stated().fiscalGrantTotal()).map(this::inStatementUnit));
    }

    /** 一般公共预算财政拨款支出 (决算). */
    Amount generalBudgetExpenditure() {
        return first(cell(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, false, Column.TOTAL),
                cell(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, false, Column.OUTTURN),
                of(stated() == null ? null : stated().generalBudgetExpenditure()).map(this::inStatementUnit));
    }

    /** The 类 lines of the 一般公共预算财政拨款支出决算表 with an amount: the structure of the spending. */
    List<TableRow> generalBudgetClasses() {
        List<TableRow> classes = new ArrayList<>();
        d.table(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE).ifPresent(t -> {
            for (TableRow r : t.rows()) {
                if (r.code() != null && r.code().length() == 3 && spent(r).filter(a -> !a.isZero()).isPresent()) {
                    classes.add(r);
                }
            }
        });
        return classes;
    }

    /** A line's 决算数: its 合计, or its 决算数 where the table gives 预算数 and 决算数 apart. */
    Optional<Amount> spent(TableRow r) {
        return r.amount(Column.TOTAL).or(() -> r.amount(Column.OUTTURN)).map(this::inStatementUnit);
    }

    /** The 一般公共预算财政拨款支出决算表's line of that code, if any. */
    Optional<TableRow> generalBudgetLine(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return d.table(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE)
                .flatMap(t -> t.rows().stream().filter(r -> code.equals(r.code())).findFirst());
    }

    /**
     * A 决算-against-预算 sentence with the table's figures where the table has the line: its 年初预算数 and
     * 决算数 from the 一般公共预算财政拨款支出决算表, else the statement's; the reason is the statement's.
     */
    Outturn lineOutturn(Outturn stated) {
        Optional<TableRow> line = generalBudgetLine(stated.code());
        Amount budget = first(line.flatMap(r -> r.amount(Column.INITIAL_BUDGET)).map(this::inStatementUnit),
                Optional.ofNullable(inStatementUnit(stated.budget())));
        Amount adjusted = first(line.flatMap(r -> r.amount(Column.ADJUSTED_BUDGET)).map(this::inStatementUnit),
                Optional.ofNullable(inStatementUnit(stated.adjustedBudget())));
        Amount outturn = first(line.flatMap(this::spent), Optional.ofNullable(inStatementUnit(stated.outturn())));
        return new Outturn(stated.code(), stated.name(), stated.purpose(), budget, adjusted, outturn,
                completionRate(outturn, budget), comparison(outturn, budget), stated.reason());
    }

    /** The whole 一般公共预算财政拨款支出 against its 年初预算. */
    Outturn generalBudgetOutturn() {
        Outturn s = stated() == null ? null : stated().generalBudgetOutturn();
        Amount budget = first(cell(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, false, Column.INITIAL_BUDGET),
                Optional.ofNullable(s == null ? null : inStatementUnit(s.budget())));
        Amount outturn = generalBudgetExpenditure();
        if (budget == null && outturn == null) {
            return null;
        }
        return new Outturn(null, "一般公共预算财政拨款支出", null, budget, null, outturn, completionRate(outturn, budget),
                comparison(outturn, budget), s == null ? null : s.reason());
    }

    /** The rows of the 三公 决算 table by what they measure (预算数, 决算数), read with the profile's header labels. */
    Map<Column, TableRow> threePublicMeasures() {
        Map<Column, TableRow> byMeasure = new EnumMap<>(Column.class);
        d.table(TableKind.FINAL_THREE_PUBLIC).ifPresent(t -> {
            for (TableRow row : t.rows()) {
                measureOf(row).ifPresent(c -> byMeasure.putIfAbsent(c, row));
            }
        });
        return byMeasure;
    }

    private Optional<Column> measureOf(TableRow row) {
        return measure(row, profile);
    }

    /** What a row of a 决算 table measures when its name is a header label (预算数, 决算数), read with the profile's labels. */
    static Optional<Column> measure(TableRow row, TemplateProfile profile) {
        String name = row.name().replaceAll("\\s", "");
        List<Column> measures = List.of(Column.INITIAL_BUDGET, Column.ADJUSTED_BUDGET, Column.OUTTURN);
        Column c = profile == null ? null : profile.columns().get(name);
        if (c != null && measures.contains(c)) {
            return Optional.of(c);
        }
        return measures.stream().filter(m -> m.label().equals(name)).findFirst();
    }

    /**
     * A 三公 item against its 预算: the table's 预算数 and 决算数 where the table is published (a blank cell there
     * is 0), else the statement's; the reason is the statement's.
     */
    Outturn threePublicItem(Column item, Outturn stated) {
        Map<Column, TableRow> measures = threePublicMeasures();
        Optional<BudgetTable> table = d.table(TableKind.FINAL_THREE_PUBLIC);
        Amount budget = table.isPresent() && measures.containsKey(Column.INITIAL_BUDGET)
                ? inStatementUnit(measures.get(Column.INITIAL_BUDGET).amount(item).orElse(Amount.zero(table.get().unit())))
                : stated == null ? null : inStatementUnit(stated.budget());
        Amount outturn = table.isPresent() && measures.containsKey(Column.OUTTURN)
                ? inStatementUnit(measures.get(Column.OUTTURN).amount(item).orElse(Amount.zero(table.get().unit())))
                : stated == null ? null : inStatementUnit(stated.outturn());
        if (budget == null && outturn == null) {
            return null;
        }
        return new Outturn(null, stated == null || stated.name() == null ? null : stated.name(), null, budget, null, outturn,
                completionRate(outturn, budget), comparison(outturn, budget), stated == null ? null : stated.reason());
    }

    /** 完成年初预算的x%: 决算 over 预算 to two decimals; none without a 预算 (a rate of nothing is no rate). */
    static BigDecimal completionRate(Amount outturn, Amount budget) {
        if (outturn == null || budget == null || budget.isZero()) {
            return null;
        }
        return outturn.in(budget.unit()).value().multiply(HUNDRED).divide(budget.value(), 2, RoundingMode.HALF_UP);
    }

    /** 决算数大于/小于/等于预算数, from the two amounts. */
    static OutturnComparison comparison(Amount outturn, Amount budget) {
        if (outturn == null || budget == null) {
            return null;
        }
        int c = outturn.compareTo(budget);
        return c > 0 ? OutturnComparison.ABOVE : c < 0 ? OutturnComparison.BELOW : OutturnComparison.EQUAL;
    }

    /** A part's share of a whole in percent, two decimals; none of a zero whole. */
    static BigDecimal share(Amount part, Amount whole) {
        if (part == null || whole == null || whole.isZero()) {
            return null;
        }
        return part.in(whole.unit()).value().multiply(HUNDRED).divide(whole.value(), 2, RoundingMode.HALF_UP);
    }

    /** The rate of a change against last year: the change over last year's amount (this year's less the change). */
    static BigDecimal changeRate(Amount now, Figure stated) {
        if (now == null || stated == null || stated.change() == null || stated.change().amount() == null) {
            return null;
        }
        Amount signed = stated.change().signed(now.unit());
        Amount prior = now.minus(signed);
        if (prior.signum() <= 0) {
            return null;
        }
        return signed.abs().in(prior.unit()).value().multiply(HUNDRED).divide(prior.value(), 2, RoundingMode.HALF_UP);
    }
}
