package org.gongkai.server.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.ThreePublicExpenses;
import org.springframework.context.MessageSource;

/**
 * Two years of a department side by side: the main figures of each, matched by what they are (an
 * income source, a function class, a cost item by name), the difference in amount and per cent, and
 * the figures that only one year states. All in the earlier year's unit, exactly.
 */
public final class Comparison {

    /** {@code kind}: up, down, same, only-a, only-b. */
    public record Row(String label, String a, String b, String difference, String percent, String kind) {
    }

    public record Group(String title, List<Row> rows) {
    }

    private record Item(String label, Amount amount) {
    }

    private final MessageSource messages;
    private final Locale locale;

    public Comparison(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public List<Group> of(Disclosure a, Disclosure b) {
        MoneyUnit unit = a.document().unit();
        List<Group> out = new ArrayList<>();
        out.add(group("compare.income", income(a), income(b), unit));
        out.add(group("compare.expenditure", expenditure(a), expenditure(b), unit));
        out.add(group("compare.functions", functions(a, unit), functions(b, unit), unit));
        out.add(group("compare.operatingCosts", operatingCosts(a), operatingCosts(b), unit));
        out.add(group("compare.threePublic", threePublic(a), threePublic(b), unit));
        return out.stream().filter(g -> !g.rows().isEmpty()).toList();
    }

    private Group group(String key, Map<String, Item> a, Map<String, Item> b, MoneyUnit unit) {
        Map<String, Item[]> both = new LinkedHashMap<>();
        a.forEach((k, v) -> both.computeIfAbsent(k, x -> new Item[2])[0] = v);
        b.forEach((k, v) -> both.computeIfAbsent(k, x -> new Item[2])[1] = v);
        List<Row> rows = new ArrayList<>();
        both.forEach((k, pair) -> rows.add(row(pair[0], pair[1], unit)));
        return new Group(text(key), rows);
    }

    private Row row(Item a, Item b, MoneyUnit unit) {
        String label = a != null ? a.label() : b.label();
        if (a == null) {
            return new Row(label, "—", Money.format(b.amount().in(unit)), "—", "—", "only-b");
        }
        if (b == null) {
            return new Row(label, Money.format(a.amount().in(unit)), "—", "—", "—", "only-a");
        }
        BigDecimal x = a.amount().in(unit).value();
        BigDecimal y = b.amount().in(unit).value();
        BigDecimal diff = y.subtract(x);
        String percent = x.signum() == 0 ? "—"
                : Money.percent(diff.multiply(BigDecimal.valueOf(100)).divide(x.abs(), 4, RoundingMode.HALF_UP));
        String kind = diff.signum() > 0 ? "up" : diff.signum() < 0 ? "down" : "same";
        return new Row(label, Money.format(x), Money.format(y), Money.signed(diff), percent, kind);
    }

    private Map<String, Item> income(Disclosure d) {
        Map<String, Item> out = new LinkedHashMap<>();
        Income income = d.overview() == null ? null : d.overview().income();
        if (income != null) {
            put(out, "total", text("figure.incomeTotal"), income.total());
            for (IncomeLine line : income.sources()) {
                put(out, line.source().name(), line.label() == null ? line.source().label() : line.label(), line.figure());
            }
        }
        return out;
    }

    private Map<String, Item> expenditure(Disclosure d) {
        Map<String, Item> out = new LinkedHashMap<>();
        Expenditure e = d.overview() == null ? null : d.overview().expenditure();
        if (e != null) {
            put(out, "total", text("figure.expenditureTotal"), e.total());
            put(out, "basic", text("figure.basic"), e.basic());
            put(out, "personnel", text("figure.personnel"), e.personnel());
            put(out, "public", text("figure.publicCosts"), e.publicCosts());
            put(out, "project", text("figure.project"), e.project());
        }
        return out;
    }

    private static Map<String, Item> functions(Disclosure d, MoneyUnit unit) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (FunctionClasses.FunctionClass c : FunctionClasses.of(d, unit)) {
            out.put(c.code(), new Item(c.code() + " " + c.name(), c.amount()));
        }
        return out;
    }

    private Map<String, Item> operatingCosts(Disclosure d) {
        Map<String, Item> out = new LinkedHashMap<>();
        if (d.operatingCosts() != null) {
            put(out, "total", text("figure.operatingCostsTotal"), d.operatingCosts().total());
            for (CostItem item : d.operatingCosts().items()) {
                if (item.amount() != null) {
                    out.put("item:" + item.name(), new Item(item.name(), item.amount()));
                }
            }
        }
        return out;
    }

    private Map<String, Item> threePublic(Disclosure d) {
        Map<String, Item> out = new LinkedHashMap<>();
        ThreePublicExpenses t = d.threePublic();
        if (t != null) {
            put(out, "total", text("threePublic.total"), t.total());
            put(out, "abroad", text("threePublic.abroad"), t.abroad());
            put(out, "vehicles", text("threePublic.vehicles"), t.vehicles());
            put(out, "purchase", text("threePublic.vehiclePurchase"), t.vehiclePurchase());
            put(out, "running", text("threePublic.vehicleRunning"), t.vehicleRunning());
            put(out, "reception", text("threePublic.reception"), t.reception());
        }
        return out;
    }

    private static void put(Map<String, Item> out, String key, String label, Figure f) {
        if (f != null && f.amount() != null) {
            out.put(key, new Item(label, f.amount()));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
