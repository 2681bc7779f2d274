package org.gongkai.rendering;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.Indicator;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.profile.TemplateProfile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open data: a CSV per standard table (wide, as printed), every amount once more in long form with
 * its classification, phase and direction ({@code budget-lines.csv}), the statement's figures, the
 * performance indicators, and a {@code datapackage.json} in the Fiscal Data Package form that
 * describes them all. Amounts keep their stated unit and are also given exactly in 元.
 */
public final class OpenDataRenderer {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenDataRenderer() {}

    /** The files of the package by their path inside it, read without a template profile. */
    public static Map<String, byte[]> files(Disclosure d) {
        return files(d, null);
    }

    /**
     * The files of the package by their path inside it. A 决算 adds {@code outturns.csv}: each 决算-against-预算
     * line as published, with the completion rate and the comparison computed from its two amounts.
     */
    public static Map<String, byte[]> files(Disclosure d, TemplateProfile profile) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ArrayNode resources = JSON.createArrayNode();

        Csv lines = Csv.of(List.of("table_number", "table_kind", "table_title", "side", "line_code", "line_name",
                "classification", "classification_level", "column", "column_label", "amount", "unit", "amount_yuan",
                "phase", "direction"));
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            String path = "tables/" + (t.number() == null ? String.valueOf(i + 1) : t.number()) + "-"
                    + t.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv";
            Csv wide = Csv.of(wideHeader(t));
            for (TableRow r : t.incomeRows()) {
                wide.row(wideRow(t, r, "income"));
                longForm(lines, t, r, "income", profile);
            }
            if (t.incomeTotal() != null) {
                wide.row(wideRow(t, t.incomeTotal(), "income-total"));
            }
            for (TableRow r : t.rows()) {
                wide.row(wideRow(t, r, "lines"));
                longForm(lines, t, r, "lines", profile);
            }
            if (t.total() != null) {
                wide.row(wideRow(t, t.total(), "total"));
            }
            files.put(path, wide.bytes());
            resources.add(resource(t.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (i + 1), path,
                    t.title() + "（单位：" + t.unit().symbol() + "）", wideHeader(t), wideTypes(t)));
        }
        files.put("budget-lines.csv", lines.bytes());
        resources.add(resource("budget-lines", "budget-lines.csv",
                (d.document().kind().isFinalAccounts() ? "每张决算表" : "每张预算表") + "的每个金额（长表）", lines.header(),
                List.of("string", "string", "string", "string", "string", "string", "string", "string", "string",
                        "string", "number", "string", "number", "string", "string")));

        Csv figures = Csv.of(List.of("path", "item", "amount", "unit", "amount_yuan", "prior", "change_direction",
                "change_amount", "reason", "phase", "direction"));
        for (var at : statementFigures(d).entrySet()) {
            Figure f = at.getValue().figure();
            if (f == null || f.amount() == null) {
                continue;
            }
            figures.row(List.of(at.getKey(), at.getValue().item(), f.amount().plain(), f.amount().unit().symbol(),
                    f.amount().in(MoneyUnit.YUAN).plain(), f.prior() == null ? "" : f.prior().plain(),
                    f.change() == null ? "" : f.change().direction().name().toLowerCase(Locale.ROOT),
                    f.change() == null || f.change().amount() == null ? "" : f.change().amount().plain(),
                    f.reason() == null ? "" : f.reason(), "approved", at.getValue().direction()));
        }
        files.put("statement-figures.csv", figures.bytes());
        resources.add(resource("statement-figures", "statement-figures.csv", "情况说明中的金额", figures.header(),
                List.of("string", "string", "number", "string", "number", "number", "string", "number", "string", "string", "string")));

        if (d.document().kind().isFinalAccounts()) {
            Csv outturns = FinalOutturns.csv(d, profile);
            files.put("outturns.csv", outturns.bytes());
            resources.add(resource("outturns", "outturns.csv", "决算与年初预算的比较", outturns.header(), FinalOutturns.TYPES));
        }

        Csv indicators = Csv.of(List.of("project", "level1", "level2", "name", "description", "value", "comparator",
                "number", "value_unit", "basis"));
        if (d.performance() != null) {
            for (ProjectTarget p : d.performance().projects()) {
                for (Indicator i : p.indicators()) {
                    var v = i.value();
                    indicators.row(List.of(p.name(), i.level1(), i.level2(), i.name(), nz(i.description()),
                            v == null ? "" : v.text(), v == null || v.comparator() == null ? "" : v.comparator().symbol(),
                            v == null || v.number() == null ? "" : v.number().toPlainString(), v == null ? "" : v.unit(), nz(i.basis())));
                }
            }
        }
        files.put("performance-indicators.csv", indicators.bytes());
        resources.add(resource("performance-indicators", "performance-indicators.csv", "项目绩效目标表的指标", indicators.header(),
                List.of("string", "string", "string", "string", "string", "string", "string", "number", "string", "string")));

        ObjectNode pkg = JSON.createObjectNode();
        pkg.put("profile", "fiscal-data-package");
        pkg.put("name", slug(d));
        pkg.put("title", d.document().title());
        pkg.put("fiscalYear", d.fiscalYear());
        if (d.document().approvedOn() != null) {
            pkg.put("approvedOn", d.document().approvedOn().toString());
        }
        if (d.document().publishedOn() != null) {
            pkg.put("publishedOn", d.document().publishedOn().toString());
        }
        ObjectNode region = pkg.putObject("regions");
        region.put("name", d.department().region().fullName());
        region.put("level", d.department().region().level().name().toLowerCase(Locale.ROOT));
        if (d.department().region().code() != null) {
            region.put("code", d.department().region().code());
        }
        pkg.putObject("publisher").put("name", d.department().name());
        pkg.put("currency", "CNY");
        pkg.set("resources", resources);
        ObjectNode model = pkg.putObject("model");
        ObjectNode measures = model.putObject("measures");
        ObjectNode amount = measures.putObject("amount_yuan");
        amount.put("source", "amount_yuan");
        amount.put("currency", "CNY");
        amount.put("resource", "budget-lines");
        ObjectNode dims = model.putObject("dimensions");
        dimension(dims, "phase", "budget-lines", "phase", null, "phase");
        dimension(dims, "direction", "budget-lines", "direction", null, "direction");
        dimension(dims, "functional-classification", "budget-lines", "line_code", "line_name", "classification")
                .put("classificationType", "functional");
        dimension(dims, "table", "budget-lines", "table_number", "table_title", "other");
        dimension(dims, "column", "budget-lines", "column", "column_label", "other");
        files.put("datapackage.json", (JSON.writeValueAsString(pkg) + "\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static ObjectNode dimension(ObjectNode dims, String name, String resource, String code, String label, String type) {
        ObjectNode d = dims.putObject(name);
        d.put("resource", resource);
        ObjectNode attrs = d.putObject("attributes");
        attrs.putObject("code").put("source", code);
        if (label != null) {
            attrs.putObject("label").put("source", label).put("labelfor", "code");
        }
        d.put("primaryKey", "code");
        d.put("dimensionType", type);
        return d;
    }

    private static ObjectNode resource(String name, String path, String title, List<String> header, List<String> types) {
        ObjectNode r = JSON.createObjectNode();
        r.put("name", name);
        r.put("path", path);
        r.put("title", title);
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        ArrayNode fields = r.putObject("schema").putArray("fields");
        for (int i = 0; i < header.size(); i++) {
            ObjectNode f = fields.addObject();
            f.put("name", header.get(i));
            f.put("type", types.get(i));
            if (types.get(i).equals("number")) {
                f.put("decimalChar", ".");
                f.put("groupChar", "");
            }
        }
        return r;
    }

    private static List<String> wideHeader(BudgetTable t) {
        List<String> h = new ArrayList<>(List.of("side", "code", "name"));
        t.columns().forEach(c -> h.add(c.name().toLowerCase(Locale.ROOT)));
        if (!t.incomeRows().isEmpty() && !t.columns().contains(Column.AMOUNT)) {
            h.add("amount");
        }
        return h;
    }

    private static List<String> wideTypes(BudgetTable t) {
        List<String> types = new ArrayList<>(List.of("string", "string", "string"));
        for (int i = 3; i < wideHeader(t).size(); i++) {
            types.add("number");
        }
        return types;
    }

    private static List<String> wideRow(BudgetTable t, TableRow r, String side) {
        List<String> row = new ArrayList<>(List.of(side, nz(r.code()), r.name()));
        List<String> header = wideHeader(t);
        for (int i = 3; i < header.size(); i++) {
            Column c = Column.valueOf(header.get(i).toUpperCase(Locale.ROOT));
            row.add(r.amount(c).map(Amount::plain).orElse(""));
        }
        return row;
    }

    private static void longForm(Csv lines, BudgetTable t, TableRow r, String side, TemplateProfile profile) {
        String classification = t.kind() == TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE ? "economic"
                : r.code() == null ? "" : "functional";
        String level = r.level().map(ClassificationLevel::label).orElse("");
        boolean revenue = side.equals("income") || t.kind() == TableKind.INCOME_SUMMARY;
        for (Map.Entry<Column, Amount> e : r.amounts().entrySet()) {
            lines.row(List.of(nz(t.number()), t.kind().name().toLowerCase(Locale.ROOT), t.title(), side, nz(r.code()), r.name(),
                    classification, level, e.getKey().name().toLowerCase(Locale.ROOT), e.getKey().label(),
                    e.getValue().plain(), e.getValue().unit().symbol(), e.getValue().in(MoneyUnit.YUAN).plain(),
                    phase(t, FinalFigures.measure(r, profile).orElse(e.getKey())), revenue ? "revenue" : "expenditure"));
        }
    }

    /**
     * The budget phase of an amount, by what it measures (its column, or its row where the row is a 预算数 or
     * 决算数 line): a 决算 table's amounts are executed, but for its 年初预算数 and 调整预算数.
     */
    private static String phase(BudgetTable t, Column c) {
        if (!t.kind().isFinalAccounts()) {
            return "approved";
        }
        return switch (c) {
            case INITIAL_BUDGET -> "approved";
            case ADJUSTED_BUDGET -> "adjusted";
            default -> "executed";
        };
    }

    private record Named(String item, String direction, Figure figure) {}

    private static Map<String, Named> statementFigures(Disclosure d) {
        Map<String, Named> m = new LinkedHashMap<>();
        if (d.overview() != null && d.overview().income() != null) {
            var inc = d.overview().income();
            m.put("/overview/income/total", new Named(inc.totalLabel() == null ? "收入合计" : inc.totalLabel(), "revenue", inc.total()));
            for (int i = 0; i < inc.sources().size(); i++) {
                var s = inc.sources().get(i);
                m.put("/overview/income/sources/" + i + "/figure", new Named(s.label() == null ? s.source().label() : s.label(), "revenue", s.figure()));
            }
        }
        if (d.overview() != null && d.overview().expenditure() != null) {
            var e = d.overview().expenditure();
            m.put("/overview/expenditure/total", new Named("支出合计", "expenditure", e.total()));
            m.put("/overview/expenditure/fiscalGrant", new Named("财政拨款支出", "expenditure", e.fiscalGrant()));
            m.put("/overview/expenditure/basic", new Named("基本支出", "expenditure", e.basic()));
            m.put("/overview/expenditure/fiscalGrantBasic", new Named("财政拨款基本支出", "expenditure", e.fiscalGrantBasic()));
            m.put("/overview/expenditure/personnel", new Named("人员经费", "expenditure", e.personnel()));
            m.put("/overview/expenditure/publicCosts", new Named("公用经费", "expenditure", e.publicCosts()));
            m.put("/overview/expenditure/project", new Named("项目支出", "expenditure", e.project()));
            for (int i = 0; i < e.byFunction().size(); i++) {
                var f = e.byFunction().get(i);
                m.put("/overview/expenditure/byFunction/" + i + "/figure", new Named(f.name(), "expenditure", f.figure()));
            }
        }
        if (d.operatingCosts() != null) {
            m.put("/operatingCosts/total", new Named("机关运行经费", "expenditure", d.operatingCosts().total()));
            for (int i = 0; i < d.operatingCosts().items().size(); i++) {
                var item = d.operatingCosts().items().get(i);
                m.put("/operatingCosts/items/" + i, new Named(item.name(), "expenditure", Figure.of(item.amount())));
            }
        }
        var t = d.threePublic();
        if (t != null) {
            m.put("/threePublic/total", new Named("“三公”经费", "expenditure", t.total()));
            m.put("/threePublic/abroad", new Named("因公出国（境）费", "expenditure", t.abroad()));
            m.put("/threePublic/vehicles", new Named(t.vehiclesLabel() == null ? "公务用车购置及运行费" : t.vehiclesLabel(), "expenditure", t.vehicles()));
            m.put("/threePublic/vehiclePurchase", new Named("公务用车购置费", "expenditure", t.vehiclePurchase()));
            m.put("/threePublic/vehicleRunning", new Named("公务用车运行费", "expenditure", t.vehicleRunning()));
            m.put("/threePublic/reception", new Named("公务接待费", "expenditure", t.reception()));
        }
        if (d.procurement() != null) {
            m.put("/procurement/total", new Named(d.document().kind().isFinalAccounts() ? "政府采购支出" : "政府采购预算",
                    "expenditure", d.procurement().total()));
        }
        if (d.assets() != null) {
            m.put("/assets/priorYearEndTotal", new Named("上年末固定资产金额", "asset", Figure.of(d.assets().priorYearEndTotal())));
            m.put("/assets/plannedPurchases", new Named("本年度拟购置固定资产", "asset", Figure.of(d.assets().plannedPurchases())));
        }
        return m;
    }

    /** The package's name: its kind, year and department (final-accounts-2024-306 beside budget-2024-306). */
    static String slug(Disclosure d) {
        String code = d.department().code() == null ? "" : "-" + d.department().code();
        String kind = d.document().kind().isFinalAccounts() ? "final-accounts-" : "budget-";
        return (kind + d.fiscalYear() + code).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
