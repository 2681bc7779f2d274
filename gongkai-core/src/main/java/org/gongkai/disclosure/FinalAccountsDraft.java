package org.gongkai.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.Expenditure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Figure;
import org.gongkai.model.EconomicSpending;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.OperatingCosts;
import org.gongkai.model.Outturn;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.ThreePublicOutturn;
import org.gongkai.model.profile.TemplateProfile;

/**
 * Starts a department's final accounts (决算) of a year from the budget (预算) it published for that
 * year. A 决算 reports what was spent against what was budgeted, so what the budget knows is the
 * 年初预算 of each line the 决算 compares, and the department itself; everything the year's accounts
 * must say is left blank for the preparer. Blank is never zero: an amount not yet stated is
 * {@code null}.
 *
 * <p><b>Document.</b> The same fiscal year; the kind becomes the 决算 of the budget's kind (部门预算 →
 * 部门决算, 单位预算 → 单位决算) and 预算 in the title becomes 决算 (a title without 预算 is made from the
 * department's name, the year and the kind's name). The profile is a 决算 template of the library:
 * one of the same kind covering the year, of the budget profile's region if there is one, else a
 * national one, else the 决算 template whose first year is closest (the preparer may choose another).
 * The preamble (it cites the budget's basis) and every date are cleared; unit and compiling
 * department stay.
 *
 * <p><b>Kept.</b> Department, duties and their introduction, organisation and glossary, and the
 * shape of the statement: income sources by label, the function headings with what each is used
 * for, the names and codes of the 机关运行经费 items, the 三公 vehicle label; every amount blank.
 *
 * <p><b>From the budget as 年初预算.</b> {@code finalAccounts.outturns} gets one line per function
 * heading the budget states with an amount (code, name, purpose, 年初预算 = the budget's amount);
 * {@code finalAccounts.generalBudgetOutturn} takes the budget's 一般公共预算 line of expenditure by
 * fund where stated; {@code finalAccounts.threePublic} takes each 三公 item the budget states as its
 * 年初预算. The 决算 figure, completion rate, comparison and reason of each are blank.
 *
 * <p><b>Not carried.</b> The budget's tables (a 决算 has its own nine), its performance targets,
 * procurement plan, assets, project notes and other matters: none of them is what the 决算 reports.
 */
public final class FinalAccountsDraft {

    private static final String NATIONAL = "全国";

    private final ProfileLibrary profiles;

    public FinalAccountsDraft(ProfileLibrary profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** The 决算 draft of the year the budget is for. */
    public Disclosure draftFor(Disclosure budget) {
        DocumentKind budgetKind = budget.document().kind();
        if (budgetKind.isFinalAccounts()) {
            throw new IllegalArgumentException("a 决算 draft starts from a budget, not from " + budgetKind.label());
        }
        DocumentKind kind = budgetKind == DocumentKind.UNIT_BUDGET
                ? DocumentKind.UNIT_FINAL_ACCOUNTS : DocumentKind.DEPARTMENT_FINAL_ACCOUNTS;
        return new Disclosure(
                document(budget, kind),
                budget.department(),
                budget.dutiesIntroduction(),
                budget.duties(),
                budget.organisation(),
                overview(budget.overview()),
                operatingCosts(budget.operatingCosts()),
                threePublic(budget.threePublic()),
                null,
                null,
                null,
                budget.glossary(),
                null,
                List.of(),
                List.of(),
                finalAccounts(budget));
    }

    private DocumentInfo document(Disclosure budget, DocumentKind kind) {
        DocumentInfo d = budget.document();
        String title = d.title().contains("预算") ? d.title().replace("预算", "决算")
                : budget.department().name() + d.fiscalYear() + "年度" + kind.label();
        return new DocumentInfo(title, kind, d.fiscalYear(), profileFor(d, kind), d.unit(), null, null, null, null,
                d.compiledBy());
    }

    /** The id of the 决算 template the draft follows; the budget's own when the library has no 决算 template. */
    private String profileFor(DocumentInfo budget, DocumentKind kind) {
        String region = profiles.profile(budget.profile()).map(TemplateProfile::region).orElse(null);
        int year = budget.fiscalYear();
        Optional<TemplateProfile> best = profiles.all().stream()
                .filter(p -> p.kind() != null && p.kind().isFinalAccounts())
                .min(Comparator.<TemplateProfile>comparingInt(p -> p.covers(year) ? 0 : 1)
                        .thenComparingInt(p -> region != null && region.equals(p.region()) ? 0
                                : NATIONAL.equals(p.region()) ? 1 : 2)
                        .thenComparingInt(p -> p.kind() == kind ? 0 : 1)
                        .thenComparingInt(p -> Math.abs(p.fromYear() - year)));
        return best.map(TemplateProfile::id).orElse(budget.profile());
    }

    private static Figure blank(Figure f) {
        return f == null ? null : new Figure(null, null, null, null);
    }

    private static BudgetOverview overview(BudgetOverview o) {
        if (o == null) {
            return null;
        }
        return new BudgetOverview(null, income(o.income()), expenditure(o.expenditure()), null);
    }

    private static Income income(Income i) {
        if (i == null) {
            return null;
        }
        return new Income(i.totalLabel(), blank(i.total()), map(i.sources(), FinalAccountsDraft::line), null);
    }

    private static IncomeLine line(IncomeLine l) {
        return new IncomeLine(l.source(), l.label(), new Figure(null, null, null, null));
    }

    private static Expenditure expenditure(Expenditure e) {
        if (e == null) {
            return null;
        }
        return new Expenditure(blank(e.total()), blank(e.fiscalGrant()), map(e.byFund(), FinalAccountsDraft::line),
                blank(e.basic()), blank(e.personnel()), blank(e.publicCosts()), blank(e.project()), null,
                map(e.byFunction(), f -> new FunctionSpending(f.code(), f.name(), blank(f.figure()), f.purpose())),
                null, blank(e.reserve()),
                map(e.byEconomicClass(), c -> new EconomicSpending(c.code(), c.name(), blank(c.figure()), c.purpose())),
                blank(e.fiscalGrantBasic()));
    }

    private static OperatingCosts operatingCosts(OperatingCosts c) {
        if (c == null) {
            return null;
        }
        return new OperatingCosts(blank(c.total()), map(c.items(), i -> new CostItem(i.name(), i.economicCode(), null)),
                null);
    }

    private static ThreePublicExpenses threePublic(ThreePublicExpenses t) {
        if (t == null) {
            return null;
        }
        return new ThreePublicExpenses(blank(t.total()), blank(t.abroad()), t.vehiclesLabel(), blank(t.vehicles()),
                blank(t.vehiclePurchase()), blank(t.vehicleRunning()), blank(t.reception()), null);
    }

    private static FinalAccounts finalAccounts(Disclosure budget) {
        Expenditure e = budget.overview() == null ? null : budget.overview().expenditure();
        List<Outturn> lines = e == null ? List.of() : e.byFunction().stream()
                .filter(f -> amountOf(f.figure()) != null)
                .map(f -> budgeted(f.code(), f.name(), f.purpose(), amountOf(f.figure())))
                .toList();
        Outturn general = e == null ? null : e.byFund().stream()
                .filter(l -> l.source() == IncomeSource.GENERAL_PUBLIC_BUDGET && amountOf(l.figure()) != null)
                .findFirst()
                .map(l -> budgeted(null, "一般公共预算财政拨款支出", null, amountOf(l.figure())))
                .orElse(null);
        return new FinalAccounts(null, List.of(), null, null, general, lines, List.of(), List.of(),
                threePublicOutturn(budget.threePublic()), null, null, null, null);
    }

    private static ThreePublicOutturn threePublicOutturn(ThreePublicExpenses t) {
        if (t == null) {
            return null;
        }
        return new ThreePublicOutturn(item("“三公”经费财政拨款支出", t.total()), item("因公出国（境）费", t.abroad()),
                item(t.vehiclesLabel() == null ? "公务用车购置及运行维护费" : t.vehiclesLabel(), t.vehicles()),
                item("公务用车购置费", t.vehiclePurchase()), item("公务用车运行维护费", t.vehicleRunning()),
                item("公务接待费", t.reception()), null, null, null, null, null, null, null, null);
    }

    /** A 三公 item with its 年初预算, or nothing when the budget does not state it. */
    private static Outturn item(String name, Figure budgeted) {
        Amount amount = amountOf(budgeted);
        return amount == null ? null : budgeted(null, name, null, amount);
    }

    private static Outturn budgeted(String code, String name, String purpose, Amount budget) {
        return new Outturn(code, name, purpose, budget, null, null, null, null, null);
    }

    private static Amount amountOf(Figure f) {
        return f == null ? null : f.amount();
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list.stream().map(f).toList();
    }
}
