package org.gongkai.disclosure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.AssetLine;
import org.gongkai.model.AssetTable;
import org.gongkai.model.Assets;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.EconomicSpending;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.OperatingCosts;
import org.gongkai.model.Performance;
import org.gongkai.model.PerformanceSummary;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProcurementItem;
import org.gongkai.model.ProcurementTable;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicExpenses;

/**
 * Starts a department's disclosure for the next fiscal year from the one it published for this
 * year: the department, its duties and organisation, the glossary and the shape of every section
 * and table stay; what was true of year N only (its amounts, changes, reasons and dates) is left
 * blank for the preparer of year N+1. Blank is never zero: an amount not yet stated is
 * {@code null}, so that a draft cannot be mistaken for a budget of nothing.
 *
 * <p><b>Document.</b> The fiscal year becomes N+1. Every occurrence of the four-digit year N in the
 * title becomes N+1 (临西县科学技术协会2020年度… → …2021年度…), and so does the year N where the
 * preamble and the titles of the tables (standard, procurement and asset tables) name it as a
 * year (2020年); a citation such as 〔2020〕 in the preamble is left alone. The approval date,
 * publication date and data-as-of date are cleared: they are unknown for the new year. Kind,
 * profile, unit and the compiling department stay.
 *
 * <p><b>Statement figures.</b> Every {@link Figure} of the statement (income total and sources,
 * expenditure and its parts and funds, function headings, 机关运行经费, the “三公” items and
 * their total, the procurement total) becomes {@code Figure(null, amountOfYearN, null, null)}: this
 * year not yet stated, last year the amount year N stated, no change and no reason yet. A figure
 * whose year-N amount was not stated keeps no prior either.
 *
 * <p><b>Other amounts of the year.</b> Amounts the model keeps outside figures are year N's and
 * have no place for a prior value, so they become blank: the items of 机关运行经费 (kept by name
 * and code), the procurement split into 货物, 工程 and 服务 and the reserved shares, the rows of the
 * procurement table (kept by project, item, catalogue number and quantity unit), the fixed-asset
 * totals (the end of year N is not known from a document written before it) and the quantities and
 * values of the asset table's rows (kept by name, category and unit).
 *
 * <p><b>Texts.</b> The texts that report the year's money are cleared with it: the reason for the
 * overall change, the notes of 机关运行经费 and “三公” (2025年“三公”经费预算数为…), the procurement
 * and asset statements, the date the assets are counted at, and the performance summary. The
 * explanatory texts are kept as published for the preparer to revise: the overview's introduction,
 * the income and expenditure notes, what each function heading is used for, the projects note, the
 * notes on tables, other matters and the project notes. Where one of them quotes a year-N number
 * (the Shanghai expenditure note does), the draft still quotes it.
 *
 * <p><b>Standard tables.</b> Kind, number, unit, columns, rows, codes and names are kept. The model
 * marks a prior-year column, {@link Column#PRIOR_YEAR} (上年预算数): in a table that has it, a row's
 * prior-year cell takes the row's year-N budget, that is its {@link Column#AMOUNT} (预算数, 本年预算数)
 * or, where the row has none, its {@link Column#TOTAL} (合计); every other cell, this year's amounts
 * by column, is blank. Tables without a prior-year column come out with their rows and codes and
 * every cell blank.
 *
 * <p><b>Performance.</b> The overall goals, the goals per duty, the measures, and every project's
 * name, goal text and indicator rows (一级, 二级 and 三级指标, 指标描述, 指标值, 指标值确定依据) are
 * kept. The indicator values are targets, plans the preparer revises rather than amounts that
 * belonged to year N, so they stay as they were. What the model marks as money of the year is
 * cleared: a project's budget and the summary's project count and money (with its text).
 *
 * <p><b>What the rule catalogue says of a fresh draft.</b> Every rule checks a draft without
 * failing. The arithmetic, consistency and year-over-year rules find nothing to compare in blank
 * amounts, so the findings on year N's money go (the seed's planned purchases without procurement,
 * the Shanghai budget's one-yuan slip in table 8), as do those on the cleared statements (the seed's
 * 上末). What the draft carries over keeps its findings: indicator defects, wording from another
 * level in the glossary, misspellings in kept texts, standard tables the profile requires and the
 * document lacks, empty tables without their note. A draft always has, as information, that the
 * 20-day publication deadline could not be checked because the approval date is not known yet;
 * apart from that it has no finding its published year did not have.
 */
public final class NextYearDraft {

    /** A draft needs nothing but the published disclosure. */
    public NextYearDraft() {}

    /** The draft of year N+1 started from the disclosure published for year N. */
    public Disclosure draftFor(Disclosure published) {
        int year = published.fiscalYear();
        return new Disclosure(
                document(published.document()),
                published.department(),
                published.dutiesIntroduction(),
                published.duties(),
                published.organisation(),
                overview(published.overview()),
                operatingCosts(published.operatingCosts()),
                threePublic(published.threePublic()),
                performance(published.performance()),
                procurement(published.procurement(), year),
                assets(published.assets(), year),
                published.glossary(),
                published.otherMatters(),
                map(published.tables(), t -> table(t, year)),
                published.projectNotes());
    }

    private static DocumentInfo document(DocumentInfo d) {
        int year = d.fiscalYear();
        return new DocumentInfo(
                everyYear(d.title(), year),
                d.kind(),
                year + 1,
                d.profile(),
                d.unit(),
                yearWord(d.preamble(), year),
                null,
                null,
                null,
                d.compiledBy());
    }

    /** Every standalone occurrence of the four digits of {@code year} becomes the next year. */
    private static String everyYear(String text, int year) {
        return replace(text, Pattern.compile("(?<![0-9])" + year + "(?![0-9])"), year);
    }

    /** The year where the text names it as a year (2020年, 2020 年度), citations left alone. */
    private static String yearWord(String text, int year) {
        return replace(text, Pattern.compile("(?<![0-9])" + year + "(?=\\s*年)"), year);
    }

    private static String replace(String text, Pattern pattern, int year) {
        if (text == null) {
            return null;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(String.valueOf(year + 1)));
    }

    /** This year not yet stated, last year as year N stated it. */
    private static Figure carried(Figure f) {
        return f == null ? null : new Figure(null, f.amount(), null, null);
    }

    private static BudgetOverview overview(BudgetOverview o) {
        if (o == null) {
            return null;
        }
        return new BudgetOverview(o.introduction(), income(o.income()), expenditure(o.expenditure()), null);
    }

    private static Income income(Income i) {
        if (i == null) {
            return null;
        }
        return new Income(i.totalLabel(), carried(i.total()), map(i.sources(), NextYearDraft::line), i.note());
    }

    private static IncomeLine line(IncomeLine l) {
        return new IncomeLine(l.source(), l.label(), carried(l.figure()));
    }

    private static Expenditure expenditure(Expenditure e) {
        if (e == null) {
            return null;
        }
        return new Expenditure(
                carried(e.total()),
                carried(e.fiscalGrant()),
                map(e.byFund(), NextYearDraft::line),
                carried(e.basic()),
                carried(e.personnel()),
                carried(e.publicCosts()),
                carried(e.project()),
                e.projectNote(),
                map(e.byFunction(), f -> new FunctionSpending(f.code(), f.name(), carried(f.figure()), f.purpose())),
                e.note(),
                carried(e.reserve()),
                map(e.byEconomicClass(), c -> new EconomicSpending(c.code(), c.name(), carried(c.figure()), c.purpose())),
                carried(e.fiscalGrantBasic()));
    }

    private static OperatingCosts operatingCosts(OperatingCosts c) {
        if (c == null) {
            return null;
        }
        return new OperatingCosts(carried(c.total()),
                map(c.items(), i -> new CostItem(i.name(), i.economicCode(), null)), null);
    }

    private static ThreePublicExpenses threePublic(ThreePublicExpenses t) {
        if (t == null) {
            return null;
        }
        return new ThreePublicExpenses(
                carried(t.total()),
                carried(t.abroad()),
                t.vehiclesLabel(),
                carried(t.vehicles()),
                carried(t.vehiclePurchase()),
                carried(t.vehicleRunning()),
                carried(t.reception()),
                null);
    }

    private static Performance performance(Performance p) {
        if (p == null) {
            return null;
        }
        return new Performance(
                p.overallGoals(),
                p.dutyGoals(),
                p.measures(),
                map(p.projects(), t -> new ProjectTarget(t.name(), null, t.goal(), t.indicators())),
                p.summary() == null ? null : new PerformanceSummary(null, null, null));
    }

    private static Procurement procurement(Procurement p, int year) {
        if (p == null) {
            return null;
        }
        return new Procurement(null, carried(p.total()), null, null, null, null, null,
                procurementTable(p.table(), year));
    }

    private static ProcurementTable procurementTable(ProcurementTable t, int year) {
        if (t == null) {
            return null;
        }
        return new ProcurementTable(yearWord(t.title(), year), t.unit(), map(t.items(), i -> new ProcurementItem(
                i.project(), i.item(), i.catalogueCode(), i.quantityUnit(),
                null, null, null, null, null, null, null, null)), t.note());
    }

    private static Assets assets(Assets a, int year) {
        if (a == null) {
            return null;
        }
        return new Assets(null, null, null, null, assetTable(a.table(), year));
    }

    private static AssetTable assetTable(AssetTable t, int year) {
        if (t == null) {
            return null;
        }
        return new AssetTable(yearWord(t.title(), year), t.unit(), map(t.holdings(), NextYearDraft::blankLine),
                map(t.planned(), NextYearDraft::blankLine));
    }

    private static AssetLine blankLine(AssetLine l) {
        return new AssetLine(l.name(), l.category(), null, l.quantityUnit(), null);
    }

    private static BudgetTable table(BudgetTable t, int year) {
        boolean carriesPrior = t.columns().contains(Column.PRIOR_YEAR);
        Function<TableRow, TableRow> row = r -> row(r, carriesPrior);
        return new BudgetTable(
                t.kind(),
                t.number(),
                yearWord(t.title(), year),
                t.unit(),
                t.columns(),
                map(t.incomeRows(), row),
                t.incomeTotal() == null ? null : row.apply(t.incomeTotal()),
                map(t.rows(), row),
                t.total() == null ? null : row.apply(t.total()),
                t.note(),
                map(t.purposeRows(), row));
    }

    /** The row with this year's cells blank and, where the table has one, last year's cell filled. */
    private static TableRow row(TableRow r, boolean carriesPrior) {
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        if (carriesPrior) {
            r.amount(Column.AMOUNT).or(() -> r.amount(Column.TOTAL))
                    .ifPresent(budget -> amounts.put(Column.PRIOR_YEAR, budget));
        }
        return new TableRow(r.code(), r.name(), amounts);
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list.stream().map(f).toList();
    }
}
