package org.gongkai.server.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.Amount;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.ThreePublicOutturn;
import org.springframework.context.MessageSource;

/**
 * The charts of a disclosure page, as data: each chart's categories and series hold the exact
 * decimal amounts as strings in the statement's unit, so the numbers a reader sees in a tooltip or
 * in the table under the chart are the published ones. The page embeds them as JSON; the script only
 * draws.
 *
 * @see Chart
 */
public final class Charts {

    /** {@code kind}: pie, bar (categories across), rows (horizontal bars) or pair (this year vs last). */
    public record Chart(String id, String kind, String title, String unit, List<String> categories, List<Series> series,
            String note) {
        public boolean empty() {
            return categories.isEmpty();
        }
    }

    /** One series: a name and one exact value per category (null where not stated). */
    public record Series(String name, List<String> values) {
    }

    private final MessageSource messages;
    private final Locale locale;

    Charts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<Chart> of(Disclosure d) {
        MoneyUnit unit = d.document().unit();
        String unitText = text("unit." + unit.name());
        return List.of(income(d, unit, unitText), expenditure(d, unit, unitText), functions(d, unit, unitText),
                threePublic(d, unit, unitText), operatingCosts(d, unit, unitText));
    }

    private Chart income(Disclosure d, MoneyUnit unit, String unitText) {
        List<String> categories = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (d.overview() != null && d.overview().income() != null) {
            for (IncomeLine line : d.overview().income().sources()) {
                if (line.figure().amount() != null) {
                    categories.add(line.label() == null ? line.source().label() : line.label());
                    values.add(exact(line.figure().amount(), unit));
                }
            }
        }
        return new Chart("chart-income", "pie", text("chart.income"), unitText, categories,
                List.of(new Series(text("chart.thisYear"), values)), null);
    }

    private Chart expenditure(Disclosure d, MoneyUnit unit, String unitText) {
        List<String> categories = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Expenditure e = d.overview() == null ? null : d.overview().expenditure();
        if (e != null) {
            add(categories, values, text("figure.basic"), e.basic(), unit);
            add(categories, values, text("figure.project"), e.project(), unit);
        }
        String note = null;
        if (e != null && stated(e.personnel()) && stated(e.publicCosts())) {
            note = text("chart.basicSplit", Money.format(e.personnel().amount().in(unit).value()),
                    Money.format(e.publicCosts().amount().in(unit).value()), unitText);
        }
        return new Chart("chart-expenditure", "pie", text("chart.expenditure"), unitText, categories,
                List.of(new Series(text("chart.thisYear"), values)), note);
    }

    private Chart functions(Disclosure d, MoneyUnit unit, String unitText) {
        List<String> categories = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (FunctionClasses.FunctionClass c : FunctionClasses.of(d, unit)) {
            categories.add(c.code() + " " + c.name());
            values.add(exact(c.amount(), unit));
        }
        return new Chart("chart-functions", "rows", text("chart.functions"), unitText, categories,
                List.of(new Series(text("chart.thisYear"), values)), categories.isEmpty() ? text("chart.functions.none") : null);
    }

    private Chart threePublic(Disclosure d, MoneyUnit unit, String unitText) {
        ThreePublicOutturn stated = d.finalAccounts() == null ? null : d.finalAccounts().threePublic();
        if (stated != null && outturnStated(stated)) {
            return threePublicOutturn(stated, unit, unitText);
        }
        List<String> categories = new ArrayList<>();
        List<String> now = new ArrayList<>();
        List<String> prior = new ArrayList<>();
        boolean derived = false;
        ThreePublicExpenses t = d.threePublic();
        if (t != null) {
            List<Object[]> items = new ArrayList<>();
            items.add(new Object[] {text("threePublic.abroad"), t.abroad()});
            if (stated(t.vehiclePurchase()) || stated(t.vehicleRunning())) {
                items.add(new Object[] {text("threePublic.vehiclePurchase"), t.vehiclePurchase()});
                items.add(new Object[] {text("threePublic.vehicleRunning"), t.vehicleRunning()});
            } else {
                items.add(new Object[] {text("threePublic.vehicles"), t.vehicles()});
            }
            items.add(new Object[] {text("threePublic.reception"), t.reception()});
            for (Object[] item : items) {
                Figure f = (Figure) item[1];
                if (!stated(f)) {
                    continue;
                }
                categories.add((String) item[0]);
                now.add(exact(f.amount(), unit));
                Amount last = prior(f);
                derived |= f.prior() == null && last != null;
                prior.add(last == null ? null : exact(last, unit));
            }
        }
        return new Chart("chart-three-public", "pair", text("chart.threePublic"), unitText, categories,
                List.of(new Series(text("chart.thisYear"), now), new Series(text("chart.lastYear"), prior)),
                derived ? text("chart.priorDerived") : null);
    }

    private static boolean outturnStated(ThreePublicOutturn t) {
        return java.util.stream.Stream.of(t.total(), t.abroad(), t.vehicles(), t.vehiclePurchase(), t.vehicleRunning(),
                t.reception()).anyMatch(o -> o != null && o.outturn() != null);
    }

    /** A 决算's 三公 as it states them: each item's 年初预算 against its 决算. */
    private Chart threePublicOutturn(ThreePublicOutturn t, MoneyUnit unit, String unitText) {
        List<String> categories = new ArrayList<>();
        List<String> budgets = new ArrayList<>();
        List<String> outturns = new ArrayList<>();
        Object[][] items = {{text("threePublic.total"), t.total()}, {text("threePublic.abroad"), t.abroad()},
            {text("threePublic.vehicles"), t.vehicles()}, {text("threePublic.vehiclePurchase"), t.vehiclePurchase()},
            {text("threePublic.vehicleRunning"), t.vehicleRunning()}, {text("threePublic.reception"), t.reception()}};
        for (Object[] item : items) {
            Outturn o = (Outturn) item[1];
            if (o == null || (o.budget() == null && o.outturn() == null)) {
                continue;
            }
            categories.add((String) item[0]);
            budgets.add(o.budget() == null ? null : exact(o.budget(), unit));
            outturns.add(o.outturn() == null ? null : exact(o.outturn(), unit));
        }
        return new Chart("chart-three-public", "rows", text("chart.threePublicFinal"), unitText, categories,
                List.of(new Series(text("chart.yearStartBudget"), budgets), new Series(text("chart.outturn"), outturns)),
                null);
    }

    private Chart operatingCosts(Disclosure d, MoneyUnit unit, String unitText) {
        List<String> categories = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (d.operatingCosts() != null) {
            for (CostItem item : d.operatingCosts().items()) {
                if (item.amount() != null) {
                    categories.add(item.name());
                    values.add(exact(item.amount(), unit));
                }
            }
        }
        return new Chart("chart-operating-costs", "rows", text("chart.operatingCosts"), unitText, categories,
                List.of(new Series(text("chart.thisYear"), values)), null);
    }

    /**
     * Last year's amount: as stated, or else this year's amount less the stated change (the statement
     * of the seed gives "减少0.06万元" without last year's figure).
     */
    static Amount prior(Figure f) {
        if (f == null || f.amount() == null) {
            return null;
        }
        if (f.prior() != null) {
            return f.prior();
        }
        if (f.change() != null) {
            return f.amount().minus(f.change().signed(f.amount().unit()));
        }
        return null;
    }

    private static void add(List<String> categories, List<String> values, String label, Figure f, MoneyUnit unit) {
        if (stated(f)) {
            categories.add(label);
            values.add(exact(f.amount(), unit));
        }
    }

    private static boolean stated(Figure f) {
        return f != null && f.amount() != null;
    }

    static String exact(Amount a, MoneyUnit unit) {
        return a.in(unit).value().toPlainString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : Arrays.copyOf(args, args.length), locale);
    }
}
