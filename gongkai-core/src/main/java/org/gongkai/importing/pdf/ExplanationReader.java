package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Change;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.FunctionHeadings;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;

/**
 * The section …预算编制说明: the income paragraph (收入预算…，其中：财政拨款收入…；事业收入…), the
 * expenditure paragraph (支出预算…，其中：财政拨款支出预算…。财政拨款支出预算中，…), the reason of the
 * change (…的主要原因是…), and the numbered sentences on function headings (1.“…”科目…万元，主要用于…),
 * their codes taken from the tables' 类 (and, for “…（类）…（款）…（项）”, 款 and 项) names.
 */
final class ExplanationReader {

    private static final Pattern FUNCTION = Pattern.compile(
            "^[0-9]+\\s*[.．、]\\s*“(.+?)”(?:科目)?" + FigureText.NUMBER + "万元[，,]\\s*主要用于(.+?。)(.*)$");
    private static final Pattern EXECUTION = Pattern.compile(
            "^[0-9]{4}年当年预算执行数为" + FigureText.NUMBER + "万元[，,][0-9]{4}年预算安排" + FigureText.NUMBER
                    + "万元[，,]比[0-9]{4}年预算执行数(增加|减少|持平)(?:[0-9.]+%)?[。，,]\\s*主要原因是[：:]?(.+?)。?$");

    /** The expenditure paragraph opens with 支出预算, or with the year first as some statements word it (2020年支出预算…). */
    private static final Pattern EXPENDITURE = Pattern.compile("^(?:[0-9]{4}年度?)?支出预算");

    private ExplanationReader() {}

    static BudgetOverview read(Section s, List<BudgetTable> tables, Map<String, String> places, List<Unplaced> unplaced) {
        Income income = null;
        Expenditure expenditure = null;
        String changeReason = null;
        List<String> notUnderstood = new ArrayList<>();
        List<FunctionSpending> byFunction = new ArrayList<>();
        List<String> heldInPart = new ArrayList<>();
        boolean leadIn = false;
        for (Paragraph p : s.paragraphs()) {
            String t = p.text();
            Matcher f = FUNCTION.matcher(t);
            if (income == null && t.matches("^.*?(?<!基金|预算|资金|专户|其他)收入预算(总计)?" + FigureText.NUMBER + "万元.*")
                    && !EXPENDITURE.matcher(t).lookingAt()) {
                income = income(t);
                places.put("/overview/income", p.place());
            } else if (expenditure == null && EXPENDITURE.matcher(t).lookingAt()) {
                expenditure = expenditure(t);
                places.put("/overview/expenditure", p.place());
            } else if (changeReason == null && t.contains("主要原因是") && !f.matches()) {
                changeReason = t;
                places.put("/overview/changeReason", p.place());
            } else if (!leadIn && t.matches("^财政拨款支出主要内容如下[：:]?$")) {
                leadIn = true;
                places.put("/overview/expenditure/byFunction", p.place());
            } else if (f.matches()) {
                Optional<FunctionSpending> item = function(f, tables, p, unplaced, heldInPart);
                if (item.isPresent()) {
                    places.put("/overview/expenditure/byFunction/" + byFunction.size(), p.place());
                    byFunction.add(item.get());
                } else {
                    p.report(unplaced, "function heading sentence not understood");
                }
            } else {
                p.report(unplaced, "budget explanation text not understood");
                notUnderstood.add(p.text());
            }
        }
        if (income == null && expenditure == null && byFunction.isEmpty()) {
            // the section is there, in wording not understood (reported line by line above): its text is kept
            String text = String.join("\n", s.paragraphs().stream().map(Paragraph::text).toList());
            return text.isBlank() ? null : new BudgetOverview(text, null, null, null);
        }
        if (!byFunction.isEmpty()) {
            Expenditure e = expenditure == null
                    ? new Expenditure(null, null, List.of(), null, null, null, null, null, List.of(), null)
                    : expenditure;
            // the heading sentences the items hold only in part are kept whole with what the statement says of expenditure,
            // as the statements explaining their tables one section each keep all of theirs
            List<String> note = new ArrayList<>();
            if (e.note() != null) {
                note.add(e.note());
            }
            note.addAll(heldInPart);
            expenditure = new Expenditure(e.total(), e.fiscalGrant(), e.byFund(), e.basic(), e.personnel(),
                    e.publicCosts(), e.project(), e.projectNote(), byFunction, note.isEmpty() ? null : String.join("\n", note),
                    e.reserve(), e.byEconomicClass(), e.fiscalGrantBasic());
        }
        // what was not understood is kept as the section's text, so the wording rules still read it
        return new BudgetOverview(notUnderstood.isEmpty() ? null : String.join("\n", notUnderstood), income, expenditure,
                changeReason);
    }

    private static Income income(String t) {
        Figure total = FigureText.find(t, "收入预算").orElse(null);
        List<IncomeLine> sources = new ArrayList<>();
        addLine(sources, t, IncomeSource.FISCAL_GRANT, "财政拨款收入");
        addLine(sources, t, IncomeSource.BUSINESS, "事业收入");
        addLine(sources, t, IncomeSource.BUSINESS_OPERATING, "事业单位经营收入");
        addLine(sources, t, IncomeSource.OTHER, "其他收入");
        return new Income("收入预算", total, sources, null);
    }

    private static Expenditure expenditure(String t) {
        Figure total = FigureText.find(t, "支出预算").orElse(null);
        Figure fiscalGrant = FigureText.find(t, "财政拨款支出预算").orElse(null);
        List<IncomeLine> byFund = new ArrayList<>();
        addLine(byFund, t, IncomeSource.GENERAL_PUBLIC_BUDGET, "一般公共预算拨款支出预算");
        addLine(byFund, t, IncomeSource.GOVERNMENT_FUND, "政府性基金拨款支出预算");
        addLine(byFund, t, IncomeSource.STATE_CAPITAL, "国有资本经营预算拨款支出预算");
        int byFundAt = t.indexOf("财政拨款支出预算中");
        String note = byFundAt < 0 ? null : t.substring(byFundAt);
        return new Expenditure(total, fiscalGrant, byFund, null, null, null, null, null, List.of(), note);
    }

    private static void addLine(List<IncomeLine> lines, String t, IncomeSource source, String label) {
        FigureText.find(t, label).ifPresent(f -> lines.add(new IncomeLine(source, label, f)));
    }

    /**
     * The heading sentence as one item. A sentence that states its amount twice, differently (…（项）”350.35万元…
     * 2024年预算安排352.67万元), or its change as a percentage, keeps the first amount as the item's and its whole
     * text besides (with the expenditure's note), so that the wording rules read both amounts and what it says of them.
     */
    private static Optional<FunctionSpending> function(Matcher f, List<BudgetTable> tables, Paragraph p, List<Unplaced> unplaced,
            List<String> heldInPart) {
        String name = f.group(1);
        Amount amount = FigureText.wan(f.group(2));
        String purpose = f.group(3);
        String rest = f.group(4).strip();
        Figure figure = Figure.of(amount);
        if (!rest.isEmpty()) {
            Matcher e = EXECUTION.matcher(rest);
            if (!e.matches()) {
                return Optional.empty();
            }
            Amount planned = FigureText.wan(e.group(2));
            if (!planned.equals(amount)) {
                unplaced.add(new Unplaced(p.place(), p.text(), "amount stated twice, differently: " + amount
                        + " (kept) and 预算安排" + planned));
            }
            // the change against last year's execution is stated as a percentage, which a Change cannot hold:
            // the sentence is kept whole for the rules that check what a percentage says of its figures
            if (!planned.equals(amount) || rest.contains("%")) {
                heldInPart.add(p.text());
            }
            Change change = e.group(3).equals("持平") ? Change.flat() : null;
            figure = new Figure(amount, FigureText.wan(e.group(1)), change, e.group(4).strip());
        }
        return Optional.of(new FunctionSpending(code(name, tables), name, figure, purpose));
    }

    /** The code of a heading however the statement names it, as the coded tables give it. */
    static String code(String name, List<BudgetTable> tables) {
        return FunctionHeadings.code(name, tables).orElse(null);
    }
}
