package org.gongkai.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DutyGoal;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.Goal;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.Paragraph;
import org.gongkai.model.ProjectNote;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.profile.SectionKind;
import org.gongkai.model.profile.SectionSpec;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.model.profile.TemplateProfile;
import org.gongkai.rendering.Layout.Block;
import org.gongkai.rendering.Layout.Heading;
import org.gongkai.rendering.Layout.ItemList;
import org.gongkai.rendering.Layout.Section;
import org.gongkai.rendering.Layout.Table;

/**
 * Lays a disclosure out as its statement (情况说明), section by section in the order of the
 * profile, with the sentences generated from the numbers and the department's own prose put where
 * it belongs, followed by the standard tables (a required table the document lacks is listed as
 * missing).
 */
public final class StatementComposer {

    /** How the cover (and the workbook's statement sheet) states the approval date. */
    static final String APPROVED_ON = "批复日期：";
    /** How the cover (and the workbook's statement sheet) states the publication date. */
    static final String PUBLISHED_ON = "公开日期：";

    private static final List<SectionKind> DEFAULT_ORDER = List.of(
            SectionKind.DUTIES, SectionKind.ORGANISATION, SectionKind.OVERVIEW, SectionKind.OPERATING_COSTS,
            SectionKind.THREE_PUBLIC, SectionKind.PERFORMANCE, SectionKind.PROCUREMENT, SectionKind.ASSETS,
            SectionKind.GLOSSARY, SectionKind.OTHER_MATTERS, SectionKind.PROJECT_NOTES);

    private StatementComposer() {}

    public static Layout.Document compose(Disclosure d, TemplateProfile profile) {
        Map<String, List<Block>> sections = new LinkedHashMap<>();
        FinalAccountsStatement finalAccounts = d.document().kind().isFinalAccounts() ? new FinalAccountsStatement(d, profile) : null;
        List<SectionSpec> order = profile == null ? DEFAULT_ORDER.stream().map(k -> new SectionSpec(k, defaultTitle(k), false)).toList()
                : profile.sections();
        Map<String, Integer> subHeadings = new java.util.HashMap<>();
        boolean mergedTitle;
        for (SectionSpec spec : order) {
            if (spec.kind() == SectionKind.TABLES) {
                continue;
            }
            List<Block> blocks = finalAccounts != null && FinalAccountsStatement.writes(spec.kind())
                    ? finalAccounts.blocks(spec.kind()) : blocks(d, spec.kind());
            if (blocks.isEmpty() && !spec.required()) {
                continue;
            }
            List<Block> into = sections.computeIfAbsent(spec.title(), t -> new ArrayList<>());
            mergedTitle = !into.isEmpty();
            String sub = finalAccounts != null ? null : subTitle(spec.kind());
            if ((mergedTitle || sectionShared(order, spec)) && sub != null) {
                // the parts of a shared section are numbered 一、二、… where the profile's documents number them
                int part = subHeadings.merge(spec.title(), 1, Integer::sum);
                into.add(new Heading(spec.numbered() ? Wording.chineseNumber(part) + "、" + sub : sub));
            }
            if (blocks.isEmpty()) {
                into.add(new Layout.Paragraph("（本部分未提供）"));
            }
            into.addAll(blocks);
        }
        if (profile == null && !d.otherMatters().isEmpty()) {
            sections.putIfAbsent(defaultTitle(SectionKind.OTHER_MATTERS), blocks(d, SectionKind.OTHER_MATTERS));
        }
        List<Section> laid = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, List<Block>> e : sections.entrySet()) {
            laid.add(new Section("s" + n, Wording.chineseNumber(n) + "、", e.getKey(), e.getValue()));
            n++;
        }
        List<Table> tables = standardTables(d, profile);
        String subtitle = d.document().title().contains(d.department().name()) ? null : d.department().name();
        List<String> cover = new ArrayList<>();
        if (subtitle == null) {
            cover.add(d.department().name());
        }
        cover.add(d.department().region().fullName());
        cover.add(d.fiscalYear() + "年" + d.document().kind().label());
        // the dates the document states of itself: a disclosure published through the server states both
        if (d.document().approvedOn() != null) {
            cover.add(APPROVED_ON + d.document().approvedOn());
        }
        if (d.document().publishedOn() != null) {
            cover.add(PUBLISHED_ON + d.document().publishedOn());
        }
        String footer = footer(d);
        String kind = d.document().kind().label();
        String defaultTables = finalAccounts != null ? kind + "表" : "部门预算表";
        String tablesTitle = profile == null ? defaultTables : profile.sections().stream()
                .filter(sp -> sp.kind() == SectionKind.TABLES).map(SectionSpec::title).findFirst().orElse(defaultTables);
        String keywords = d.fiscalYear() + "年 " + kind + " " + (finalAccounts != null ? "决算公开 " : "预算公开 ")
                + d.department().region().fullName();
        return new Layout.Document(d.document().title(), subtitle, cover, laid, tablesTitle, tables, footer, "zh-CN",
                d.department().name(), keywords);
    }

    private static boolean sectionShared(List<SectionSpec> order, SectionSpec spec) {
        return order.stream().filter(s -> s.title().equals(spec.title()) && s.kind() != SectionKind.TABLES).count() > 1;
    }

    private static String footer(Disclosure d) {
        StringBuilder s = new StringBuilder();
        if (d.document().compiledBy() != null) {
            s.append("编制部门：").append(d.document().compiledBy());
        }
        if (d.document().dataAsOf() != null) {
            s.append(s.length() > 0 ? "　　" : "").append("截止时间：").append(Wording.date(d.document().dataAsOf()));
        }
        return s.length() == 0 ? null : s.toString();
    }

    private static String defaultTitle(SectionKind k) {
        return switch (k) {
            case DUTIES, ORGANISATION -> "部门职责及机构设置情况";
            case OVERVIEW -> "部门预算安排的总体情况";
            case OPERATING_COSTS -> "机关运行经费安排情况";
            case THREE_PUBLIC -> "财政拨款“三公”经费预算情况及增减变化原因";
            case PERFORMANCE -> "预算绩效信息";
            case PROCUREMENT -> "政府采购预算情况";
            case ASSETS -> "国有资产信息";
            case GLOSSARY -> "名词解释";
            case OTHER_MATTERS -> "其他需说明事项";
            case PROJECT_NOTES -> "项目经费情况说明";
            case TABLES -> "部门预算表";
            case INCOME -> "收入决算情况说明";
            case EXPENDITURE -> "支出决算情况说明";
            case FISCAL_GRANT -> "财政拨款收入支出决算总体情况说明";
            case GENERAL_BUDGET_EXPENDITURE -> "一般公共预算财政拨款支出决算情况说明";
            case BASIC_EXPENDITURE -> "一般公共预算财政拨款基本支出决算情况说明";
            case GOVERNMENT_FUND -> "政府性基金预算财政拨款收入支出决算情况说明";
            case STATE_CAPITAL -> "国有资本经营预算财政拨款收入支出决算情况说明";
        };
    }

    private static String subTitle(SectionKind k) {
        return switch (k) {
            case DUTIES -> "部门职责";
            case ORGANISATION -> "机构设置";
            case THREE_PUBLIC -> "“三公”经费预算情况说明";
            case OPERATING_COSTS -> "机关运行经费预算";
            case PROCUREMENT -> "政府采购预算情况";
            case PERFORMANCE -> "绩效目标设置情况";
            case ASSETS -> "国有资产占有使用情况";
            default -> null;
        };
    }

    private static List<Block> blocks(Disclosure d, SectionKind kind) {
        List<Block> b = new ArrayList<>();
        int year = d.fiscalYear();
        switch (kind) {
            case DUTIES -> {
                if (d.dutiesIntroduction() != null) {
                    b.add(new Layout.Paragraph(d.dutiesIntroduction()));
                }
                if (!d.duties().isEmpty()) {
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < d.duties().size(); i++) {
                        items.add("（" + Wording.chineseNumber(i + 1) + "）" + d.duties().get(i));
                    }
                    b.add(new ItemList(items));
                }
            }
            case ORGANISATION -> {
                if (d.organisation() != null) {
                    if (d.organisation().description() != null) {
                        b.add(new Layout.Paragraph(d.organisation().description()));
                    }
                    if (!d.organisation().units().isEmpty()) {
                        b.add(TableLayouts.organisation(d.organisation()));
                    }
                }
            }
            case OVERVIEW -> overview(d, year, b);
            case OPERATING_COSTS -> operatingCosts(d, year, b);
            case THREE_PUBLIC -> threePublic(d, year, b);
            case PERFORMANCE -> performance(d, b);
            case PROCUREMENT -> procurement(d, year, b);
            case ASSETS -> assets(d, b);
            case GLOSSARY -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < d.glossary().size(); i++) {
                    items.add((i + 1) + "、" + d.glossary().get(i).term() + "：" + d.glossary().get(i).definition());
                }
                if (!items.isEmpty()) {
                    b.add(new ItemList(items));
                }
            }
            case OTHER_MATTERS -> {
                if (d.otherMatters() != null) {
                    b.add(new Layout.Paragraph(d.otherMatters()));
                }
            }
            case PROJECT_NOTES -> {
                for (ProjectNote note : d.projectNotes()) {
                    b.add(new Heading(note.name()));
                    for (Paragraph p : note.paragraphs()) {
                        b.add(new Layout.Paragraph((p.heading() == null ? "" : p.heading() + "　") + p.text()));
                    }
                }
            }
            case TABLES -> { }
        }
        return b;
    }

    private static void overview(Disclosure d, int year, List<Block> b) {
        if (d.overview() == null) {
            return;
        }
        if (d.overview().introduction() != null) {
            b.add(new Layout.Paragraph(d.overview().introduction()));
        }
        Income income = d.overview().income();
        if (income != null && income.total() != null && income.total().amount() != null) {
            b.add(new Heading("1、收入说明"));
            StringBuilder s = new StringBuilder();
            if (income.note() != null) {
                s.append(income.note());
            }
            s.append(year).append("年").append(income.totalLabel() == null ? "收入预算" : income.totalLabel())
                    .append(Wording.money(income.total().amount()));
            appendChange(s, income.total(), year);
            List<String> parts = new ArrayList<>();
            for (IncomeLine l : income.sources()) {
                String part = (l.label() == null ? l.source().label() : l.label()) + Wording.money(l.figure().amount());
                String change = Wording.change(l.figure(), year, true);
                parts.add(change.isEmpty() ? part : part + "，" + change);
            }
            if (!parts.isEmpty()) {
                s.append("，其中").append(String.join("、", parts));
            }
            s.append("。");
            b.add(new Layout.Paragraph(s.toString()));
        }
        Expenditure e = d.overview().expenditure();
        if (e != null && e.total() != null && e.total().amount() != null) {
            b.add(new Heading("2、支出说明"));
            if (e.note() != null) {
                b.add(new Layout.Paragraph(e.note()));
            }
            StringBuilder s = new StringBuilder();
            s.append(year).append("年支出预算").append(Wording.money(e.total().amount()));
            List<String> parts = new ArrayList<>();
            if (Figures.stated(e.basic())) {
                String basic = "基本支出" + Wording.money(e.basic().amount());
                if (Figures.stated(e.personnel()) && Figures.stated(e.publicCosts()) && e.fiscalGrantBasic() == null) {
                    basic += "（人员经费" + Wording.money(e.personnel().amount()) + "，公用经费" + Wording.money(e.publicCosts().amount()) + "）";
                }
                parts.add(basic);
            }
            if (Figures.stated(e.project())) {
                parts.add("项目支出" + Wording.money(e.project().amount())
                        + (e.projectNote() == null ? "" : "（" + e.projectNote() + "）"));
            }
            if (!parts.isEmpty()) {
                s.append("，其中").append(String.join("，", parts));
            }
            s.append("。");
            if (Figures.stated(e.fiscalGrantBasic())) {
                // the parts of the 财政拨款 part of 基本支出, where the statement states that apart
                s.append("财政拨款基本支出").append(Wording.money(e.fiscalGrantBasic().amount()));
                if (Figures.stated(e.personnel()) && Figures.stated(e.publicCosts())) {
                    s.append("，其中人员经费").append(Wording.money(e.personnel().amount()))
                            .append("，公用经费").append(Wording.money(e.publicCosts().amount()));
                }
                s.append("。");
            }
            if (Figures.stated(e.fiscalGrant())) {
                s.append("财政拨款支出预算").append(Wording.money(e.fiscalGrant().amount()));
                appendChange(s, e.fiscalGrant(), year);
                List<String> funds = new ArrayList<>();
                for (IncomeLine l : e.byFund()) {
                    String change = Wording.change(l.figure(), year, true);
                    funds.add(l.label() + Wording.money(l.figure().amount()) + (change.isEmpty() ? "" : "，" + change));
                }
                if (!funds.isEmpty()) {
                    s.append("，其中").append(String.join("；", funds));
                }
                s.append("。");
            }
            b.add(new Layout.Paragraph(s.toString()));
            if (!e.byFunction().isEmpty()) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < e.byFunction().size(); i++) {
                    FunctionSpending f = e.byFunction().get(i);
                    items.add((i + 1) + ".“" + f.name() + "”科目" + Wording.money(f.figure().amount())
                            + (f.purpose() == null ? "" : "，主要用于" + f.purpose()));
                }
                b.add(new Layout.Paragraph("财政拨款支出主要内容如下："));
                b.add(new ItemList(items));
            }
            if (e.total().change() != null) {
                b.add(new Heading("3、比上年增减情况"));
                StringBuilder c = new StringBuilder();
                c.append(year).append("年，部门预算收支安排").append(Wording.money(e.total().amount())).append("，")
                        .append(Wording.change(e.total(), year, true));
                List<String> changed = new ArrayList<>();
                if (e.basic() != null && e.basic().change() != null) {
                    changed.add("基本支出" + changeWord(e.basic()));
                }
                if (e.project() != null && e.project().change() != null) {
                    changed.add("项目支出" + changeWord(e.project()));
                }
                if (!changed.isEmpty()) {
                    c.append("，其中：").append(String.join("，", changed));
                }
                c.append("。");
                if (d.overview().changeReason() != null) {
                    c.append("主要原因是").append(d.overview().changeReason());
                }
                b.add(new Layout.Paragraph(c.toString()));
            }
        }
        if (d.overview().changeReason() != null && (e == null || e.total() == null || e.total().change() == null)) {
            b.add(new Layout.Paragraph(d.overview().changeReason()));
        }
    }

    private static String changeWord(Figure f) {
        return f.change().direction() == org.gongkai.model.ChangeDirection.FLAT ? "持平"
                : f.change().direction().word() + Wording.money(f.change().amount());
    }

    private static void appendChange(StringBuilder s, Figure f, int year) {
        String change = Wording.change(f, year, true);
        if (!change.isEmpty()) {
            s.append("，").append(change);
        }
    }

    private static void operatingCosts(Disclosure d, int year, List<Block> b) {
        if (d.operatingCosts() == null || !Figures.stated(d.operatingCosts().total())) {
            return;
        }
        StringBuilder s = new StringBuilder();
        s.append(year).append("年机关运行经费安排").append(Wording.money(d.operatingCosts().total().amount()));
        appendChange(s, d.operatingCosts().total(), year);
        List<String> items = new ArrayList<>();
        for (CostItem i : d.operatingCosts().items()) {
            items.add(i.name() + (i.amount() == null ? "" : Wording.money(i.amount())));
        }
        if (!items.isEmpty()) {
            s.append("，用于").append(String.join("、", items));
        }
        s.append("。");
        if (d.operatingCosts().total().hasReason()) {
            s.append("主要原因是").append(d.operatingCosts().total().reason());
        }
        b.add(new Layout.Paragraph(s.toString()));
    }

    private static void threePublic(Disclosure d, int year, List<Block> b) {
        ThreePublicExpenses t = d.threePublic();
        if (t == null || !Figures.stated(t.total())) {
            return;
        }
        StringBuilder s = new StringBuilder();
        s.append(year).append("年，财政拨款“三公”经费预算安排").append(Wording.money(t.total().amount()));
        List<String> items = new ArrayList<>();
        if (Figures.stated(t.abroad())) {
            items.add("因公出国（境）费" + Wording.money(t.abroad().amount()) + clause(t.abroad(), year));
        }
        if (Figures.stated(t.vehicles()) || Figures.stated(t.vehicleRunning())) {
            String label = t.vehiclesLabel() == null ? "公务用车购置及运行费" : t.vehiclesLabel();
            StringBuilder v = new StringBuilder(label);
            if (Figures.stated(t.vehicles())) {
                v.append(Wording.money(t.vehicles().amount()));
            }
            if (Figures.stated(t.vehiclePurchase()) || Figures.stated(t.vehicleRunning())) {
                v.append("（其中：公务用车购置费").append(Wording.money(Figures.amount(t.vehiclePurchase())))
                        .append(clause(t.vehiclePurchase(), year)).append("，公务用车运行费")
                        .append(Wording.money(Figures.amount(t.vehicleRunning()))).append(clause(t.vehicleRunning(), year)).append("）");
            }
            v.append(clause(t.vehicles(), year));
            items.add(v.toString());
        }
        if (Figures.stated(t.reception())) {
            items.add("公务接待费" + Wording.money(t.reception().amount()) + clause(t.reception(), year));
        }
        s.append("，其中").append(String.join("；", items)).append("。");
        if (t.total().change() != null) {
            s.append("“三公”经费").append(Wording.change(t.total(), year, false).replace("比上年", "比上年"));
            if (t.total().hasReason()) {
                s.append("，主要原因是").append(t.total().reason());
            } else {
                s.append("。");
            }
        }
        b.add(new Layout.Paragraph(s.toString()));
    }

    private static String clause(Figure f, int year) {
        String c = Wording.change(f, year, false);
        String r = f != null && f.hasReason() ? "，主要原因是" + stripStop(f.reason()) : "";
        return c.isEmpty() ? r : "，" + c + r;
    }

    private static String stripStop(String s) {
        return s.endsWith("。") ? s.substring(0, s.length() - 1) : s;
    }

    private static void performance(Disclosure d, List<Block> b) {
        var p = d.performance();
        if (p == null) {
            return;
        }
        if (!p.overallGoals().isEmpty() || !p.dutyGoals().isEmpty() || !p.measures().isEmpty()) {
            b.add(new Heading("第一部分 部门整体绩效目标"));
        }
        if (!p.overallGoals().isEmpty()) {
            b.add(new Heading("（一）总体绩效目标"));
            for (int i = 0; i < p.overallGoals().size(); i++) {
                Goal g = p.overallGoals().get(i);
                b.add(new Heading((i + 1) + "." + g.title()));
                for (String para : g.text().split("\n")) {
                    b.add(new Layout.Paragraph(para));
                }
            }
        }
        if (!p.dutyGoals().isEmpty()) {
            b.add(new Heading("（二）分项绩效目标"));
            for (int i = 0; i < p.dutyGoals().size(); i++) {
                DutyGoal g = p.dutyGoals().get(i);
                b.add(new Heading((i + 1) + "、" + g.duty()));
                b.add(new Layout.Paragraph("绩效目标：" + g.goal()));
                b.add(new Layout.Paragraph("绩效指标：" + g.indicators()));
            }
        }
        if (!p.measures().isEmpty()) {
            b.add(new Heading("（三）工作保障措施"));
            List<String> items = new ArrayList<>();
            for (int i = 0; i < p.measures().size(); i++) {
                items.add((i + 1) + "、" + p.measures().get(i));
            }
            b.add(new ItemList(items));
        }
        if (!p.projects().isEmpty()) {
            b.add(new Heading("第二部分 预算项目绩效目标"));
            for (int i = 0; i < p.projects().size(); i++) {
                b.add(TableLayouts.target(p.projects().get(i), i));
            }
        }
        if (p.summary() != null && p.summary().text() != null) {
            b.add(new Layout.Paragraph(p.summary().text()));
        } else if (p.summary() != null && p.summary().projectCount() != null) {
            b.add(new Layout.Paragraph(d.fiscalYear() + "年度，编报绩效目标的项目共" + p.summary().projectCount() + "个"
                    + (p.summary().amount() == null ? "" : "，涉及项目预算资金" + Wording.money(p.summary().amount())) + "。"));
        }
    }

    private static void procurement(Disclosure d, int year, List<Block> b) {
        var p = d.procurement();
        if (p == null) {
            return;
        }
        if (Figures.stated(p.total())) {
            StringBuilder s = new StringBuilder();
            s.append(year).append("年度政府采购预算").append(Wording.money(p.total().amount()));
            List<String> parts = new ArrayList<>();
            if (p.goods() != null) {
                parts.add("政府采购货物预算" + Wording.money(p.goods()));
            }
            if (p.works() != null) {
                parts.add("政府采购工程预算" + Wording.money(p.works()));
            }
            if (p.services() != null) {
                parts.add("政府采购服务预算" + Wording.money(p.services()));
            }
            if (!parts.isEmpty()) {
                s.append("，其中：").append(String.join("、", parts));
            }
            s.append("。");
            if (p.smeReserved() != null) {
                s.append("面向中小企业预留政府采购项目预算金额").append(Wording.money(p.smeReserved()));
                if (p.smallMicroReserved() != null) {
                    s.append("，其中，预留给小型和微型企业的政府采购项目预算为").append(Wording.money(p.smallMicroReserved()));
                }
                s.append("。");
            }
            b.add(new Layout.Paragraph(s.toString()));
        } else if (p.statement() != null) {
            b.add(new Layout.Paragraph(p.statement()));
        }
        if (p.table() != null) {
            String code = d.department().code() == null ? null : d.department().code() + " " + d.department().name();
            b.add(TableLayouts.procurement(p.table(), code));
        }
    }

    private static void assets(Disclosure d, List<Block> b) {
        var a = d.assets();
        if (a == null) {
            return;
        }
        if (a.priorYearEndTotal() != null) {
            StringBuilder s = new StringBuilder();
            s.append(d.department().name()).append("上年末固定资产金额为").append(Wording.money(a.priorYearEndTotal()))
                    .append(a.table() == null ? "。" : "（详见下表）。");
            if (a.plannedPurchases() != null) {
                s.append("本年度拟购置固定资产").append(Wording.money(a.plannedPurchases())).append("。");
            }
            b.add(new Layout.Paragraph(s.toString()));
        } else if (a.statement() != null) {
            for (String para : a.statement().split("\n")) {
                b.add(new Layout.Paragraph(para));
            }
        }
        if (a.table() != null && !a.table().holdings().isEmpty()) {
            b.add(TableLayouts.assets(a.table()));
        }
    }

    private static List<Table> standardTables(Disclosure d, TemplateProfile profile) {
        List<Table> tables = new ArrayList<>();
        List<BudgetTable> present = d.tables();
        if (profile != null) {
            for (TableSpec spec : profile.tables()) {
                d.table(spec.kind()).ifPresentOrElse(
                        t -> tables.add(standardTable(t)),
                        () -> tables.add(TableLayouts.missing(spec)));
            }
            for (BudgetTable t : present) {
                if (profile.tables().stream().noneMatch(s -> s.kind() == t.kind())) {
                    tables.add(standardTable(t));
                }
            }
        } else {
            for (BudgetTable t : present) {
                tables.add(standardTable(t));
            }
        }
        return tables;
    }

    /**
     * The layout for a workbook: the same, but the budget tables flat (one header row, no headings
     * over parts) and the summary tables (收支总表) stacked, income lines first, so that each sheet
     * is one table of one kind of figure per column, the way a spreadsheet is read (and the way the
     * workbook importer reads it back).
     */
    public static Layout.Document forWorkbook(Layout.Document doc, Disclosure d) {
        List<Table> tables = new ArrayList<>();
        for (Table t : doc.tables()) {
            tables.add(d.tables().stream().filter(b -> !b.kind().isFinalAccounts())
                    .filter(b -> t.id().equals(tableId(b))).findFirst()
                    .map(b -> TableLayouts.flat(b, t.id())).orElse(t));
        }
        return new Layout.Document(doc.title(), doc.subtitle(), doc.coverLines(), doc.sections(), doc.tablesTitle(), tables,
                doc.footer(), doc.language(), doc.author(), doc.keywords());
    }

    private static String tableId(BudgetTable t) {
        return "table-" + t.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A 决算 table as the 决算 template prints it, any other as a budget table. */
    private static Table standardTable(BudgetTable t) {
        return t.kind().isFinalAccounts() ? FinalTableLayouts.layout(t)
                : TableLayouts.budget(t, tableId(t));
    }

    /** Null-safe reading of stated figures. */
    static final class Figures {
        private Figures() {}

        static boolean stated(Figure f) {
            return f != null && f.amount() != null;
        }

        static Amount amount(Figure f) {
            return f == null ? null : f.amount();
        }
    }
}
