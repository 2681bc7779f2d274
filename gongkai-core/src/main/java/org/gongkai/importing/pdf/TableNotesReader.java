package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.TableRow;
import org.gongkai.model.profile.SectionKind;

/**
 * The budget explanation of a template that explains its tables one section each (一、收支预算总体情况说明
 * 二、收入预算情况说明 … 六、财政拨款基本支出预算情况说明 … 十、政府性基金预算支出预算情况说明). Each section states the
 * facts of its table; each fact is found after the labels the profile gives it ({@code phrases}, keys
 * {@code overview.*}, {@code income.*}, {@code expenditure.*}), in the sections where that table is explained,
 * in the sentence shapes of {@link StatedFigure}. The sentences on function headings (1．一般公共服务（类）支出…万元,
 * 1. 人大事务（款）行政运行（项）支出…万元 under （一）一般公共服务（类）) take their codes from the coded tables, and
 * so do the sentences that detail 基本支出 by economic class ({@link EconomicLines}).
 *
 * <p>The text of the paragraphs read is kept as the note of what they state (income, expenditure), so that
 * the wording rules still read them; a paragraph not understood is reported and kept as the overview's text.
 */
final class TableNotesReader {

    /** The facts each section may state: key of the phrases, and where it lands. */
    private enum Fact {
        GRAND_TOTAL("overview.grand_total"),
        INCOME_TOTAL("income.total"),
        FISCAL_GRANT_INCOME("income.fiscal_grant"),
        GENERAL_PUBLIC_BUDGET_INCOME("income.general_public_budget"),
        GOVERNMENT_FUND_INCOME("income.government_fund"),
        SPECIAL_ACCOUNT_INCOME("income.special_account"),
        OTHER_INCOME("income.other"),
        CARRYOVER_INCOME("income.carryover"),
        EXPENDITURE_TOTAL("expenditure.total"),
        BASIC("expenditure.basic"),
        PROJECT("expenditure.project"),
        RESERVE("expenditure.reserve"),
        CARRY_FORWARD("expenditure.carry_forward"),
        FISCAL_GRANT("expenditure.fiscal_grant"),
        GENERAL_PUBLIC_BUDGET("expenditure.general_public_budget"),
        GOVERNMENT_FUND("expenditure.government_fund"),
        STATE_CAPITAL("expenditure.state_capital"),
        BASIC_STATED("expenditure.basic_of_section"),
        PERSONNEL("expenditure.personnel"),
        PUBLIC("expenditure.public");

        final String key;

        Fact(String key) {
            this.key = key;
        }
    }

    private static final Map<SectionKind, List<Fact>> FACTS = new EnumMap<>(SectionKind.class);

    static {
        FACTS.put(SectionKind.OVERVIEW, List.of(Fact.GRAND_TOTAL, Fact.INCOME_TOTAL, Fact.FISCAL_GRANT_INCOME,
                Fact.GENERAL_PUBLIC_BUDGET_INCOME, Fact.GOVERNMENT_FUND_INCOME, Fact.SPECIAL_ACCOUNT_INCOME, Fact.OTHER_INCOME,
                Fact.CARRYOVER_INCOME, Fact.EXPENDITURE_TOTAL, Fact.CARRY_FORWARD, Fact.BASIC, Fact.PROJECT, Fact.RESERVE));
        FACTS.put(SectionKind.INCOME, List.of(Fact.INCOME_TOTAL, Fact.GENERAL_PUBLIC_BUDGET_INCOME,
                Fact.GOVERNMENT_FUND_INCOME, Fact.SPECIAL_ACCOUNT_INCOME, Fact.OTHER_INCOME, Fact.CARRYOVER_INCOME,
                Fact.FISCAL_GRANT_INCOME));
        FACTS.put(SectionKind.EXPENDITURE, List.of(Fact.EXPENDITURE_TOTAL, Fact.CARRY_FORWARD, Fact.BASIC, Fact.PROJECT,
                Fact.RESERVE));
        FACTS.put(SectionKind.FISCAL_GRANT, List.of(Fact.FISCAL_GRANT));
        FACTS.put(SectionKind.GENERAL_BUDGET_EXPENDITURE, List.of(Fact.GENERAL_PUBLIC_BUDGET));
        FACTS.put(SectionKind.BASIC_EXPENDITURE, List.of(Fact.BASIC_STATED, Fact.PERSONNEL, Fact.PUBLIC));
        FACTS.put(SectionKind.GOVERNMENT_FUND, List.of(Fact.GOVERNMENT_FUND));
        FACTS.put(SectionKind.STATE_CAPITAL, List.of(Fact.STATE_CAPITAL));
    }

    /** A numbered item: （一）, 一、, 1．, （1）. */
    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern TRAILING_SPENDING = Pattern.compile("支出$");
    private static final Pattern ITEM = Pattern.compile("^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]{1,2}\\s*[.．、](?![0-9])|[（(][0-9]{1,2}[）)])\\s*");
    /** A function heading sentence: the heading with its levels marked (…（类）, …（款）…（项）), then its amount. */
    private static final Pattern MARKED = Pattern.compile(
            "^([^，。；：:0-9]{2,60}?（[类款项]）(?:[^，。；：:0-9]{1,40}?（[款项]）)*)(?:支出)?" + FigureText.NUMBER + "万元");
    /** A function heading sentence of a class named without a mark: 一般公共服务支出10528.33万元，主要用于… */
    private static final Pattern UNMARKED = Pattern.compile("^([^，。；：:0-9]{2,30}?支出)" + FigureText.NUMBER + "万元");
    private static final Pattern LEVEL = Pattern.compile("([^（）]+?)（([类款项])）");
    /** The class the following item sentences belong to: （一）一般公共服务（类）, （三）住房保障支出（类）. */
    private static final Pattern CLASS_HEADING = Pattern.compile("^（[一二三四五六七八九十]+）([^，。；：:0-9]{2,20}?)(?:（类）)?$");
    /** What a section says of its table before its figures: 本表（公开01表）反映…, 本预算反映…. */
    private static final Pattern DESCRIPTION = Pattern.compile("^本(?:表|预算)(?:（[^）]*）)?反映");
    /** A lead-in with nothing of its own: 其中：, 具体情况如下：. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:其中|具体情况如下|包括)[：:]?$");
    /** What a section says of an empty table: 本表数为零, 本表无数据, 无. */
    private static final Pattern EMPTY = Pattern.compile("^(?:本表(?:数|数据)?为(?:零|0)|本表无数据|无)[。.]?$");

    private final List<BudgetTable> tables;
    private final Map<String, String> places;
    private final List<Unplaced> unplaced;
    private final Function<String, List<String>> phrases;
    private final Map<Fact, Figure> figures = new EnumMap<>(Fact.class);
    private final List<FunctionSpending> byFunction = new ArrayList<>();
    private final List<String> incomeText = new ArrayList<>();
    private final List<String> expenditureText = new ArrayList<>();
    private final List<String> notUnderstood = new ArrayList<>();
    private final List<Paragraph> costsOfBasic = new ArrayList<>();
    private final EconomicLines economicLines;
    private String changeReason;
    /** 财政拨款基本支出 as its section states it, where it differs from the 基本支出 of all funds. */
    private Figure fiscalGrantBasic;
    private String fiscalGrantBasicPlace;

    private TableNotesReader(List<BudgetTable> tables, Map<String, String> places, List<Unplaced> unplaced,
            Function<String, List<String>> phrases) {
        this.tables = tables;
        this.economicLines = new EconomicLines(tables);
        this.places = places;
        this.unplaced = unplaced;
        this.phrases = phrases;
    }

    /**
     * The overview the sections state, or empty when they state none of its facts (nothing is then
     * reported: the caller reads them otherwise).
     */
    static Optional<BudgetOverview> read(List<Section> sections, List<BudgetTable> tables, Map<String, String> places,
            List<Unplaced> unplaced, Function<String, List<String>> phrases) {
        List<Unplaced> own = new ArrayList<>();
        Map<String, String> ownPlaces = new java.util.LinkedHashMap<>();
        TableNotesReader r = new TableNotesReader(tables, ownPlaces, own, phrases);
        for (Section s : sections) {
            r.section(s);
        }
        r.personnelAndPublic();
        r.changeReasonOfTheWhole();
        if (r.figures.isEmpty() && r.byFunction.isEmpty() && r.economicLines.lines().isEmpty()) {
            return Optional.empty();
        }
        places.putAll(ownPlaces);
        unplaced.addAll(own);
        for (Section s : sections) {
            s.heading().ifPresent(h -> places.putIfAbsent("/overview", h.place()));
        }
        return Optional.of(r.overview());
    }

    private void section(Section s) {
        SectionKind topic = s.topic() == null ? SectionKind.OVERVIEW : s.topic();
        List<Fact> facts = FACTS.getOrDefault(topic, List.of());
        String functionClass = null;
        for (Paragraph p : s.paragraphs()) {
            String t = FigureText.compact(p.text());
            String bare = ITEM.matcher(t).replaceFirst("");
            Matcher classHeading = CLASS_HEADING.matcher(t);
            if (DESCRIPTION.matcher(t).find() || LEAD_IN.matcher(t).matches() || EMPTY.matcher(t).matches()) {
                note(topic, p, t);
            } else if (classHeading.matches() && classCode(classHeading.group(1)) != null) {
                functionClass = classHeading.group(1);
                note(topic, p, t);
            } else if (function(topic, p, bare, functionClass)) {
                expenditureText.add(t);
            } else if (topic == SectionKind.BASIC_EXPENDITURE && startsWith(bare, Fact.PERSONNEL, Fact.PUBLIC)) {
                costsOfBasic.add(p);
            } else if (topic == SectionKind.BASIC_EXPENDITURE && economicLines.read(bare, p, places)) {
                expenditureText.add(t);
            } else if (!facts(facts, p, t)) {
                p.report(unplaced, "budget explanation text not understood");
                notUnderstood.add(p.text());
            }
        }
    }

    /**
     * Whether the paragraph states one or more of the facts its section may state; each is kept where it
     * lands. A label printed inside a longer one (收入预算总计 in 财政拨款收入预算总计) is the longer one's.
     */
    private boolean facts(List<Fact> facts, Paragraph p, String t) {
        Map<Fact, StatedFigure.Stated> found = new EnumMap<>(Fact.class);
        for (Fact f : facts) {
            StatedFigure.find(t, phrases.apply(f.key)).ifPresent(s -> found.put(f, s));
        }
        List<StatedFigure.Stated> all = List.copyOf(found.values());
        found.values().removeIf(s -> all.stream().anyMatch(s::within));
        boolean income = false;
        for (Map.Entry<Fact, StatedFigure.Stated> e : found.entrySet()) {
            Fact f = e.getKey();
            Figure figure = e.getValue().figure();
            Figure known = figures.get(f);
            if (known != null && !known.amount().equals(figure.amount())) {
                unplaced.add(new Unplaced(p.place(), p.text(), "amount stated twice, differently: " + known.amount()
                        + " (kept) and " + figure.amount()));
                continue;
            }
            if (known == null || (known.change() == null && figure.change() != null)) {
                figures.put(f, figure);
            }
            places.putIfAbsent(pointer(f), p.place());
            if (f == Fact.BASIC_STATED && fiscalGrantBasicPlace == null) {
                fiscalGrantBasicPlace = p.place();
            }
            if (f == Fact.GRAND_TOTAL && figure.reason() != null && changeReason == null) {
                changeReason = figure.reason();
                places.put("/overview/changeReason", p.place());
            }
            income |= f.key.startsWith("income.") || f == Fact.GRAND_TOTAL;
        }
        if (!found.isEmpty()) {
            (income ? incomeText : expenditureText).add(t);
        }
        return !found.isEmpty();
    }

    private boolean startsWith(String bare, Fact... facts) {
        for (Fact f : facts) {
            if (phrases.apply(f.key).stream().anyMatch(bare::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 人员经费 and 公用经费 are stated of the 基本支出 of their section, the 财政拨款 part of it (财政拨款基本支出预算
     * 6,442.75万元，其中：（一）人员经费…): they are the parts of the overview's 基本支出 when the section's total is
     * that amount, else the parts of the 财政拨款基本支出 the section states, which is kept apart. Stated with no
     * total of their section, they are of a whole the statement does not name, and reported.
     */
    private void personnelAndPublic() {
        Figure basic = figures.get(Fact.BASIC);
        Figure stated = figures.get(Fact.BASIC_STATED);
        boolean same = basic != null && stated != null && basic.amount().equals(stated.amount());
        if (stated != null && !same && !costsOfBasic.isEmpty()) {
            fiscalGrantBasic = stated;
            places.put("/overview/expenditure/fiscalGrantBasic", fiscalGrantBasicPlace);
        }
        for (Paragraph p : costsOfBasic) {
            String t = FigureText.compact(p.text());
            if (stated != null) {
                facts(List.of(Fact.PERSONNEL, Fact.PUBLIC), p, t);
            } else {
                p.report(unplaced, "人员经费/公用经费 of a 基本支出 the statement does not state (" + (basic == null
                        ? "no 基本支出 stated either" : "the overview's is " + basic.amount()) + ")");
                notUnderstood.add(p.text());
            }
        }
        figures.remove(Fact.BASIC_STATED);
    }

    /**
     * The reason of the change of the totals: the one stated with them, else the one stated for a part whose
     * change is the whole change (收、支预算总计各增加2432.93万元 with no reason, 财政拨款收、支总计各增加2432.93万元。主要原因是…).
     */
    private void changeReasonOfTheWhole() {
        Figure whole = figures.get(Fact.GRAND_TOTAL);
        if (changeReason != null || whole == null || whole.change() == null) {
            return;
        }
        for (Fact part : List.of(Fact.FISCAL_GRANT, Fact.FISCAL_GRANT_INCOME, Fact.GENERAL_PUBLIC_BUDGET_INCOME,
                Fact.GENERAL_PUBLIC_BUDGET)) {
            Figure f = figures.get(part);
            if (f != null && f.hasReason() && whole.change().equals(f.change())) {
                changeReason = f.reason();
                places.put("/overview/changeReason", places.get(pointer(part)));
                return;
            }
        }
    }

    private void note(SectionKind topic, Paragraph p, String t) {
        (topic == SectionKind.INCOME ? incomeText : expenditureText).add(t);
        places.putIfAbsent(topic == SectionKind.INCOME ? "/overview/income/note" : "/overview/expenditure/note", p.place());
    }

    /** A sentence on one function heading, its code from the coded tables (null when they do not hold it). */
    private boolean function(SectionKind topic, Paragraph p, String bare, String functionClass) {
        if (topic != SectionKind.OVERVIEW && topic != SectionKind.FISCAL_GRANT && topic != SectionKind.GENERAL_BUDGET_EXPENDITURE) {
            return false;
        }
        Matcher m = MARKED.matcher(bare);
        String code;
        if (m.find()) {
            code = levelsCode(m.group(1), functionClass);
        } else {
            m = UNMARKED.matcher(bare);
            if (!m.find() || isFact(m.group(1)) || classCode(m.group(1)) == null) {
                return false;
            }
            code = classCode(m.group(1));
        }
        if (isFact(m.group(1))) {
            return false;
        }
        StatedFigure.Stated s = StatedFigure.after(bare, 0, m.group(1).length(), FigureText.wan(m.group(2)), m.end());
        String name = m.group(1);
        boolean again = byFunction.stream().anyMatch(f -> f.name().equals(name) && f.figure().amount().equals(s.figure().amount()));
        if (!again) {
            // the same sentence in the explanation of the 一般公共预算 table as in that of the 财政拨款 table is one fact
            places.put("/overview/expenditure/byFunction/" + byFunction.size(), p.place());
            byFunction.add(new FunctionSpending(code, name, s.figure(), s.purpose()));
        }
        return true;
    }

    /** Whether a name is the label of a fact (结转下年资金, 基本支出), not a function heading. */
    private boolean isFact(String name) {
        for (Fact f : Fact.values()) {
            if (phrases.apply(f.key).stream().anyMatch(name::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** The code of a heading printed by its levels (类（类）款（款）项（项）, or 款（款）项（项） under a class heading). */
    private String levelsCode(String name, String functionClass) {
        List<String> names = new ArrayList<>();
        Matcher l = LEVEL.matcher(name);
        while (l.find()) {
            names.add(l.group(1).strip());
        }
        String code = functionClass == null ? null : classCode(functionClass);
        String first = names.isEmpty() ? null : classCode(names.get(0));
        int from = 0;
        if (first != null && (code == null || code.equals(first))) {
            // the sentence names its class itself (一般公共服务（类）…)
            code = first;
            from = 1;
        }
        for (int i = from; i < names.size() && code != null; i++) {
            code = child(code, names.get(i));
        }
        return code;
    }

    private String classCode(String name) {
        String bare = name.replace("（类）", "").strip();
        for (String candidate : List.of(bare, bare + "支出", TRAILING_SPENDING.matcher(bare).replaceFirst(""))) {
            String code = FunctionClasses.standard().byName().get(candidate);
            if (code == null) {
                code = child("", candidate);
            }
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The code of the line one level below {@code parent} printed under that name (or with 支出 added or dropped). */
    private String child(String parent, String name) {
        int length = parent.isEmpty() ? 3 : parent.length() + 2;
        for (String candidate : List.of(name, name + "支出", name.endsWith("支出") ? name.substring(0, name.length() - 2) : name)) {
            for (CodedName r : codedNames()) {
                if (r.code().length() == length && r.code().startsWith(parent) && r.name().equals(candidate)) {
                    return r.code();
                }
            }
        }
        return null;
    }

    /** A coded line of the tables with its name as a sentence names it: without its number (一、). */
    private record CodedName(String code, String name) {}

    private List<CodedName> codedNames;

    /** The coded lines of every table in their order, their names bared once for all the sentences that ask. */
    private List<CodedName> codedNames() {
        if (codedNames == null) {
            List<CodedName> names = new ArrayList<>();
            for (BudgetTable t : tables) {
                for (TableRow r : t.rows()) {
                    if (r.code() != null) {
                        names.add(new CodedName(r.code(), NUMBERING.matcher(r.name()).replaceFirst("").strip()));
                    }
                }
            }
            codedNames = names;
        }
        return codedNames;
    }

    private static String pointer(Fact f) {
        return switch (f) {
            case GRAND_TOTAL, INCOME_TOTAL -> "/overview/income/total";
            case FISCAL_GRANT_INCOME, GENERAL_PUBLIC_BUDGET_INCOME, GOVERNMENT_FUND_INCOME, SPECIAL_ACCOUNT_INCOME,
                    OTHER_INCOME, CARRYOVER_INCOME -> "/overview/income/sources";
            case EXPENDITURE_TOTAL -> "/overview/expenditure/total";
            case BASIC, BASIC_STATED -> "/overview/expenditure/basic";
            case PROJECT -> "/overview/expenditure/project";
            case RESERVE -> "/overview/expenditure/reserve";
            case CARRY_FORWARD -> "/overview/expenditure/note";
            case FISCAL_GRANT -> "/overview/expenditure/fiscalGrant";
            case GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL -> "/overview/expenditure/byFund";
            case PERSONNEL -> "/overview/expenditure/personnel";
            case PUBLIC -> "/overview/expenditure/publicCosts";
        };
    }

    private BudgetOverview overview() {
        Figure grand = figures.get(Fact.GRAND_TOTAL);
        Figure incomeTotal = figures.getOrDefault(Fact.INCOME_TOTAL, grand);
        List<IncomeLine> sources = new ArrayList<>();
        line(sources, Fact.FISCAL_GRANT_INCOME, IncomeSource.FISCAL_GRANT);
        line(sources, Fact.GENERAL_PUBLIC_BUDGET_INCOME, IncomeSource.GENERAL_PUBLIC_BUDGET);
        line(sources, Fact.GOVERNMENT_FUND_INCOME, IncomeSource.GOVERNMENT_FUND);
        line(sources, Fact.SPECIAL_ACCOUNT_INCOME, IncomeSource.SPECIAL_ACCOUNT);
        line(sources, Fact.OTHER_INCOME, IncomeSource.OTHER);
        line(sources, Fact.CARRYOVER_INCOME, IncomeSource.CARRYOVER);
        Income income = incomeTotal == null && sources.isEmpty() ? null
                : new Income("收入预算", withChangeOf(incomeTotal, grand), sources, join(incomeText));
        List<IncomeLine> byFund = new ArrayList<>();
        line(byFund, Fact.GENERAL_PUBLIC_BUDGET, IncomeSource.GENERAL_PUBLIC_BUDGET);
        line(byFund, Fact.GOVERNMENT_FUND, IncomeSource.GOVERNMENT_FUND);
        line(byFund, Fact.STATE_CAPITAL, IncomeSource.STATE_CAPITAL);
        Figure expenditureTotal = withChangeOf(figures.getOrDefault(Fact.EXPENDITURE_TOTAL, grand), grand);
        Expenditure expenditure = new Expenditure(expenditureTotal, figures.get(Fact.FISCAL_GRANT), byFund,
                figures.get(Fact.BASIC), figures.get(Fact.PERSONNEL), figures.get(Fact.PUBLIC), figures.get(Fact.PROJECT),
                null, byFunction, join(expenditureText), figures.get(Fact.RESERVE), economicLines.lines(), fiscalGrantBasic);
        return new BudgetOverview(notUnderstood.isEmpty() ? null : String.join("\n", notUnderstood), income, expenditure,
                changeReason);
    }

    /** A total stated on its own and again in the sentence of both totals: the change is the one stated. */
    private static Figure withChangeOf(Figure figure, Figure grand) {
        if (figure == null || grand == null || figure.change() != null || !grand.amount().equals(figure.amount())) {
            return figure;
        }
        return grand;
    }

    private void line(List<IncomeLine> lines, Fact fact, IncomeSource source) {
        Figure f = figures.get(fact);
        if (f != null) {
            lines.add(new IncomeLine(source, phrases.apply(fact.key).get(0), f));
        }
    }

    private static String join(List<String> texts) {
        return texts.isEmpty() ? null : String.join("\n", texts);
    }
}
