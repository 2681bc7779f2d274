package org.gongkai.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Outturn;
import org.gongkai.model.OutturnComparison;
import org.gongkai.model.SelfEvaluation;
import org.gongkai.model.SmeAwards;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicOutturn;
import org.gongkai.model.profile.SectionKind;
import org.gongkai.model.profile.TemplateProfile;
import org.gongkai.rendering.Layout.Block;
import org.gongkai.rendering.Layout.Heading;
import org.gongkai.rendering.Layout.ItemList;

/**
 * The statement of a 决算 (部门决算情况说明), section by section, in the national template's sentences,
 * generated from the figures ({@link FinalFigures}): every 决算-against-预算 sentence says 大于, 小于 or 等于
 * and the completion rate as the two amounts give them, so that no sentence can disagree with the
 * figures it states. What only words can say (reasons, purposes) is the department's, as stated.
 */
final class FinalAccountsStatement {

    private final Disclosure d;
    private final FinalFigures figures;
    private final int year;
    private final String who;

    FinalAccountsStatement(Disclosure d, TemplateProfile profile) {
        this.d = d;
        this.figures = new FinalFigures(d, profile);
        this.year = d.fiscalYear();
        this.who = d.department().name() + year + "年度";
    }

    /** Whether this statement writes that section; the others are a budget's and written as a budget's. */
    static boolean writes(SectionKind kind) {
        return switch (kind) {
            case OVERVIEW, INCOME, EXPENDITURE, FISCAL_GRANT, GENERAL_BUDGET_EXPENDITURE, BASIC_EXPENDITURE, THREE_PUBLIC,
                    GOVERNMENT_FUND, STATE_CAPITAL, PERFORMANCE, OPERATING_COSTS, PROCUREMENT, ASSETS -> true;
            default -> false;
        };
    }

    List<Block> blocks(SectionKind kind) {
        List<Block> b = new ArrayList<>();
        switch (kind) {
            case OVERVIEW -> overview(b);
            case INCOME -> income(b);
            case EXPENDITURE -> expenditure(b);
            case FISCAL_GRANT -> fiscalGrant(b);
            case GENERAL_BUDGET_EXPENDITURE -> generalBudget(b);
            case BASIC_EXPENDITURE -> basic(b);
            case THREE_PUBLIC -> threePublic(b);
            case GOVERNMENT_FUND -> fund(b, TableKind.FINAL_GOVERNMENT_FUND, fa() == null ? null : fa().governmentFund(), "政府性基金预算");
            case STATE_CAPITAL -> fund(b, TableKind.FINAL_STATE_CAPITAL, fa() == null ? null : fa().stateCapital(), "国有资本经营预算");
            case PERFORMANCE -> performance(b);
            case OPERATING_COSTS -> operatingCosts(b);
            case PROCUREMENT -> procurement(b);
            case ASSETS -> assets(b);
            default -> { }
        }
        return b;
    }

    private FinalAccounts fa() {
        return d.finalAccounts();
    }

    private void overview(List<Block> b) {
        Amount total = figures.grandTotal();
        if (total == null) {
            return;
        }
        Figure stated = fa() == null ? null : fa().grandTotal();
        b.add(new Layout.Paragraph(who + "收入支出总计" + Wording.money(total) + "。" + againstLastYear("收入支出总计", total, stated)));
    }

    /** 与上年度相比，X增加a万元，增长p%。主要原因：…。 Empty when the change is not known. */
    private String againstLastYear(String what, Amount now, Figure stated) {
        if (stated == null || stated.change() == null) {
            return stated != null && stated.hasReason() ? "主要原因：" + stop(stated.reason()) : "";
        }
        StringBuilder s = new StringBuilder("与").append(year - 1).append("年度相比，").append(what);
        if (stated.change().direction() == ChangeDirection.FLAT) {
            s.append("持平");
        } else {
            s.append(stated.change().direction().word()).append(Wording.money(figures.inStatementUnit(stated.change().amount())));
            BigDecimal rate = FinalFigures.changeRate(now, stated);
            if (rate != null) {
                s.append("，").append(stated.change().direction() == ChangeDirection.INCREASE ? "增长" : "下降").append(percent(rate));
            }
        }
        s.append("。");
        if (stated.hasReason()) {
            s.append("主要原因：").append(stop(stated.reason()));
        }
        return s.toString();
    }

    private void income(List<Block> b) {
        Amount total = figures.incomeTotal();
        if (total == null) {
            return;
        }
        b.add(new Layout.Paragraph("本年收入合计" + Wording.money(total) + shares(figures.parts(TableKind.FINAL_INCOME), total, true)));
    }

    private void expenditure(List<Block> b) {
        Amount total = figures.expenditureTotal();
        if (total == null) {
            return;
        }
        b.add(new Layout.Paragraph("本年支出合计" + Wording.money(total) + shares(figures.parts(TableKind.FINAL_EXPENDITURE), total, false)));
    }

    /** ，其中：财政拨款收入a万元，占p%；其他收入b万元，占q%。 */
    private static String shares(Map<Column, Amount> parts, Amount whole, boolean income) {
        if (parts.isEmpty()) {
            return "。";
        }
        List<String> each = new ArrayList<>();
        parts.forEach((c, a) -> {
            BigDecimal share = FinalFigures.share(a, whole);
            each.add(FinalTableLayouts.label(c, income ? TableKind.FINAL_INCOME : TableKind.FINAL_EXPENDITURE) + Wording.money(a)
                    + (share == null ? "" : "，占" + percent(share)));
        });
        return "，其中：" + String.join("；", each) + "。";
    }

    private void fiscalGrant(List<Block> b) {
        Amount total = figures.fiscalGrantTotal();
        if (total == null) {
            return;
        }
        Figure stated = fa() == null ? null : fa().fiscalGrantTotal();
        b.add(new Layout.Paragraph(who + "财政拨款收入支出总计" + Wording.money(total) + "。"
                + againstLastYear("财政拨款收入支出总计", total, stated)));
    }

    private void generalBudget(List<Block> b) {
        Amount spent = figures.generalBudgetExpenditure();
        if (spent == null) {
            return;
        }
        b.add(new Heading("（一）一般公共预算财政拨款支出决算总体情况"));
        StringBuilder s = new StringBuilder("一般公共预算财政拨款支出").append(Wording.money(spent));
        BigDecimal ofAll = FinalFigures.share(spent, figures.expenditureTotal());
        if (ofAll != null) {
            s.append("，占本年支出合计的").append(percent(ofAll));
        }
        s.append("。").append(againstLastYear("一般公共预算财政拨款支出", spent, fa() == null ? null : fa().generalBudgetExpenditure()));
        b.add(new Layout.Paragraph(s.toString()));

        List<TableRow> classes = figures.generalBudgetClasses();
        if (!classes.isEmpty()) {
            b.add(new Heading("（二）一般公共预算财政拨款支出决算结构情况"));
            List<String> parts = new ArrayList<>();
            for (TableRow r : classes) {
                Amount a = figures.spent(r).orElseThrow();
                BigDecimal share = FinalFigures.share(a, spent);
                parts.add(r.name() + "（类）" + Wording.money(a) + (share == null ? "" : "，占" + percent(share)));
            }
            b.add(new Layout.Paragraph("一般公共预算财政拨款支出" + Wording.money(spent) + "，主要用于以下方面："
                    + String.join("；", parts) + "。"));
        }

        Outturn whole = figures.generalBudgetOutturn();
        List<Outturn> lines = fa() == null ? List.of() : fa().outturns().stream().map(figures::lineOutturn).toList();
        if ((whole == null || whole.budget() == null) && lines.isEmpty()) {
            return;
        }
        b.add(new Heading("（三）一般公共预算财政拨款支出决算具体情况"));
        if (whole != null && whole.budget() != null) {
            b.add(new Layout.Paragraph("一般公共预算财政拨款支出" + againstBudget(whole, "完成年初预算的")
                    + (lines.isEmpty() ? "" : "其中：")));
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Outturn o = lines.get(i);
            StringBuilder item = new StringBuilder().append(i + 1).append("、").append(o.name()).append("。");
            if (o.purpose() != null) {
                item.append("主要用于：").append(stop(o.purpose()));
            }
            item.append(againstBudget(o, "完成年初预算的"));
            items.add(item.toString());
        }
        if (!items.isEmpty()) {
            b.add(new ItemList(items));
        }
    }

    /**
     * 年初预算为a万元，支出决算为b万元，完成年初预算的c%。决算数小于预算数的主要原因：…。 The word and the rate
     * come from the two amounts; without a 预算 there is no rate and the sentence says so.
     */
    private static String againstBudget(Outturn o, String rateWords) {
        StringBuilder s = new StringBuilder();
        if (o.budget() != null) {
            s.append("年初预算为").append(Wording.money(o.budget())).append("，");
        }
        if (o.adjustedBudget() != null) {
            s.append("调整预算为").append(Wording.money(o.adjustedBudget())).append("，");
        }
        s.append("支出决算为").append(Wording.money(o.outturn()));
        if (o.completionRate() != null) {
            s.append("，").append(rateWords).append(percent(o.completionRate()));
        } else if (o.budget() == null || o.budget().isZero()) {
            s.append("，无年初预算");
        }
        s.append("。");
        OutturnComparison c = o.comparison();
        if (c == null || (o.budget() != null && o.budget().isZero())) {
            return s.toString();
        }
        s.append("决算数").append(c.word()).append("预算数");
        if (c != OutturnComparison.EQUAL && o.hasReason()) {
            s.append("的主要原因：").append(stop(o.reason()));
        } else {
            s.append("。");
        }
        return s.toString();
    }

    private void basic(List<Block> b) {
        Amount basic = FinalFigures.first(figures.cell(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, false, Column.BASIC),
                d.overview() == null || d.overview().expenditure() == null ? Optional.empty()
                        : FinalFigures.of(d.overview().expenditure().basic()).map(figures::inStatementUnit));
        if (basic == null) {
            return;
        }
        StringBuilder s = new StringBuilder("一般公共预算财政拨款基本支出").append(Wording.money(basic)).append("。");
        Amount personnel = figures.cell(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, false, Column.PERSONNEL).orElse(null);
        Amount publicCosts = figures.cell(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, false, Column.PUBLIC).orElse(null);
        List<String> parts = new ArrayList<>();
        if (personnel != null) {
            parts.add("人员经费" + Wording.money(personnel) + includes(true));
        }
        if (publicCosts != null) {
            parts.add("公用经费" + Wording.money(publicCosts) + includes(false));
        }
        if (!parts.isEmpty()) {
            s.append("其中：").append(String.join("；", parts)).append("。");
        }
        b.add(new Layout.Paragraph(s.toString()));
    }

    /** ，主要包括：… — the 款 of the basic expenditure table that have an amount, in the classes of that kind. */
    private String includes(boolean personnel) {
        List<String> names = new ArrayList<>();
        d.table(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE).ifPresent(t -> {
            for (TableRow r : t.rows()) {
                if (r.code() == null || r.code().length() != 5) {
                    continue;
                }
                boolean ofPersonnel = FinalFigures.PERSONNEL_CLASSES.contains(r.code().substring(0, 3));
                if (ofPersonnel == personnel && r.amount(Column.OUTTURN).filter(a -> !a.isZero()).isPresent()) {
                    names.add(r.name());
                }
            }
        });
        return names.isEmpty() ? "" : "，主要包括：" + String.join("、", names);
    }

    private void threePublic(List<Block> b) {
        ThreePublicOutturn t = fa() == null ? null : fa().threePublic();
        Outturn total = figures.threePublicItem(Column.TOTAL, t == null ? null : t.total());
        if (total == null) {
            return;
        }
        b.add(new Heading("（一）“三公”经费财政拨款支出决算总体情况说明"));
        StringBuilder s = new StringBuilder("“三公”经费财政拨款支出").append(againstBudgetShort(total));
        List<String> items = new ArrayList<>();
        item(items, "因公出国（境）费", Column.ABROAD, t == null ? null : t.abroad());
        item(items, "公务用车购置及运行费", Column.VEHICLES, t == null ? null : t.vehicles());
        item(items, "公务用车购置费", Column.VEHICLE_PURCHASE, t == null ? null : t.vehiclePurchase());
        item(items, "公务用车运行费", Column.VEHICLE_RUNNING, t == null ? null : t.vehicleRunning());
        item(items, "公务接待费", Column.RECEPTION, t == null ? null : t.reception());
        if (!items.isEmpty()) {
            s.append("，其中：").append(String.join("；", items));
        }
        s.append("。");
        if (total.comparison() != null && total.comparison() != OutturnComparison.EQUAL && total.budget() != null
                && !total.budget().isZero()) {
            s.append(year).append("年度“三公”经费支出决算数").append(total.comparison().word()).append("预算数");
            s.append(total.hasReason() ? "的主要原因：" + stop(total.reason()) : "。");
        }
        b.add(new Layout.Paragraph(s.toString()));
        String lastYear = lastYear();
        if (!lastYear.isEmpty()) {
            b.add(new Layout.Paragraph(lastYear));
        }
        b.add(new Heading("（二）“三公”经费财政拨款支出决算具体情况说明"));
        List<String> details = new ArrayList<>();
        List<Item> each = List.of(new Item("因公出国（境）费", Column.ABROAD, t == null ? null : t.abroad()),
                new Item("公务用车购置及运行费", Column.VEHICLES, t == null ? null : t.vehicles()),
                new Item("公务接待费", Column.RECEPTION, t == null ? null : t.reception()),
                new Item("会议费", Column.MEETINGS, t == null ? null : t.meetings()),
                new Item("培训费", Column.TRAINING, t == null ? null : t.training()));
        for (Item e : each) {
            boolean optional = e.column() == Column.MEETINGS || e.column() == Column.TRAINING;
            Outturn o = figures.threePublicItem(e.column(), e.stated());
            if (o != null && (!optional || e.stated() != null)) {
                details.add(e.name() + againstBudget(o, "完成预算的") + counts(e.column(), t));
            }
        }
        b.add(new ItemList(details));
    }

    /** A 三公 item: its name as the template prints it, its column in the 三公 table, what the statement says. */
    private record Item(String name, Column column, Outturn stated) {}

    /** 年初预算为a万元，支出决算为b万元，完成预算的c% (no rate without a 预算). */
    private static String againstBudgetShort(Outturn o) {
        StringBuilder s = new StringBuilder();
        if (o.budget() != null) {
            s.append("年初预算为").append(Wording.money(o.budget())).append("，");
        }
        s.append("支出决算为").append(Wording.money(o.outturn()));
        s.append(o.completionRate() == null ? "，无年初预算" : "，完成预算的" + percent(o.completionRate()));
        return s.toString();
    }

    private void item(List<String> items, String name, Column column, Outturn stated) {
        Outturn o = figures.threePublicItem(column, stated);
        if (o != null) {
            items.add(name + againstBudgetShort(o));
        }
    }

    /** The counts the statement gives with an item: groups and trips abroad, cars bought and held, receptions. */
    private static String counts(Column item, ThreePublicOutturn t) {
        if (t == null) {
            return "";
        }
        List<String> c = new ArrayList<>();
        switch (item) {
            case ABROAD -> {
                if (t.abroadGroups() != null) {
                    c.add("组织因公出国（境）团组" + t.abroadGroups() + "个");
                }
                if (t.abroadPersonTrips() != null) {
                    c.add("累计" + t.abroadPersonTrips() + "人次");
                }
            }
            case VEHICLES -> {
                if (t.vehiclesPurchased() != null) {
                    c.add("公务用车购置数" + t.vehiclesPurchased() + "辆");
                }
                if (t.vehiclesHeld() != null) {
                    c.add("公务用车保有量" + t.vehiclesHeld() + "辆");
                }
            }
            case RECEPTION -> {
                if (t.receptionBatches() != null) {
                    c.add("国内公务接待" + t.receptionBatches() + "批次");
                }
                if (t.receptionPersonTrips() != null) {
                    c.add(t.receptionPersonTrips() + "人次");
                }
            }
            default -> { }
        }
        return c.isEmpty() ? "" : String.join("，", c) + "。";
    }

    /** The 三公 against last year, from the figures with their changes ({@code threePublic}). */
    private String lastYear() {
        var t = d.threePublic();
        if (t == null || t.total() == null || t.total().change() == null) {
            return "";
        }
        StringBuilder s = new StringBuilder().append(year).append("年度“三公”经费财政拨款支出决算数");
        s.append(t.total().change().direction() == ChangeDirection.FLAT ? "与" + (year - 1) + "年度持平"
                : "比" + (year - 1) + "年度" + t.total().change().direction().word()
                        + Wording.money(figures.inStatementUnit(t.total().change().amount())));
        s.append("。");
        if (t.total().hasReason()) {
            s.append("主要原因：").append(stop(t.total().reason()));
        }
        return s.toString();
    }

    private void fund(List<Block> b, TableKind kind, String stated, String fundName) {
        var table = d.table(kind);
        if (table.isPresent() && !table.get().isEmpty()) {
            BudgetTable t = table.get();
            List<String> parts = new ArrayList<>();
            for (Column c : List.of(Column.OPENING_BALANCE, Column.CURRENT_INCOME, Column.CURRENT_EXPENDITURE, Column.CLOSING_BALANCE)) {
                figures.cell(kind, false, c).ifPresent(a -> parts.add(FinalTableLayouts.closingLabel(c, t.kind()) + Wording.money(a)));
            }
            b.add(new Layout.Paragraph(who + fundName + "财政拨款收入支出决算情况：" + String.join("，", parts) + "。"));
        } else if (table.isPresent() || stated != null) {
            b.add(new Layout.Paragraph(who + "无" + fundName + "财政拨款收入和支出。"));
        }
    }

    private void performance(List<Block> b) {
        SelfEvaluation e = fa() == null ? null : fa().evaluation();
        var summary = d.performance() == null ? null : d.performance().summary();
        if (e == null && summary == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (summary != null && summary.projectCount() != null) {
            parts.add("编报绩效目标的" + year + "年度项目" + summary.projectCount() + "个"
                    + (summary.amount() == null ? "" : "，涉及预算金额" + Wording.money(figures.inStatementUnit(summary.amount()))));
        }
        if (e != null && e.trackedProjects() != null) {
            parts.add("绩效跟踪评价的" + year + "年度项目" + e.trackedProjects() + "个"
                    + (e.trackedAmount() == null ? "" : "，涉及预算金额" + Wording.money(figures.inStatementUnit(e.trackedAmount()))));
        }
        if (e != null && e.evaluatedProjects() != null) {
            StringBuilder s = new StringBuilder("绩效自评的").append(year).append("年度项目").append(e.evaluatedProjects()).append("个");
            if (e.evaluatedAmount() != null) {
                s.append("，涉及预算金额").append(Wording.money(figures.inStatementUnit(e.evaluatedAmount())));
            }
            if (e.averageScore() != null) {
                s.append("，平均得分").append(e.averageScore().toPlainString()).append("分");
            }
            List<String> grades = new ArrayList<>();
            grade(grades, "优", e.excellent());
            grade(grades, "良", e.good());
            grade(grades, "合格", e.pass());
            grade(grades, "不合格", e.fail());
            if (!grades.isEmpty()) {
                s.append("（其中，").append(String.join("；", grades)).append("）");
            }
            parts.add(s.toString());
        }
        if (!parts.isEmpty()) {
            b.add(new Layout.Paragraph(who + "预算绩效管理工作开展情况如下：" + String.join("；", parts) + "。"));
        }
        if (e != null && (e.problemsFound() != null || e.problemsCorrected() != null || e.problemsInCorrection() != null)) {
            b.add(new Layout.Paragraph("绩效自评中共发现问题" + count(e.problemsFound()) + "个，已经完成整改的"
                    + count(e.problemsCorrected()) + "个，正在整改的" + count(e.problemsInCorrection()) + "个。"));
        }
    }

    private static void grade(List<String> grades, String grade, Integer n) {
        if (n != null) {
            grades.add("绩效评级为“" + grade + "”的项目" + n + "个");
        }
    }

    private static String count(Integer n) {
        return n == null ? "（未说明）" : n.toString();
    }

    private void operatingCosts(List<Block> b) {
        var oc = d.operatingCosts();
        if (oc == null || oc.total() == null || oc.total().amount() == null) {
            return;
        }
        Amount total = figures.inStatementUnit(oc.total().amount());
        b.add(new Layout.Paragraph(who + "机关运行经费支出" + Wording.money(total) + "。"
                + againstLastYear("机关运行经费支出", total, oc.total())));
    }

    private void procurement(List<Block> b) {
        var p = d.procurement();
        if (p == null) {
            return;
        }
        if (p.total() == null || p.total().amount() == null) {
            if (p.statement() != null) {
                b.add(new Layout.Paragraph(p.statement()));
            }
            return;
        }
        StringBuilder s = new StringBuilder(who).append("政府采购支出总额").append(Wording.money(figures.inStatementUnit(p.total().amount())));
        List<String> parts = new ArrayList<>();
        if (p.goods() != null) {
            parts.add("政府采购货物支出" + Wording.money(figures.inStatementUnit(p.goods())));
        }
        if (p.works() != null) {
            parts.add("政府采购工程支出" + Wording.money(figures.inStatementUnit(p.works())));
        }
        if (p.services() != null) {
            parts.add("政府采购服务支出" + Wording.money(figures.inStatementUnit(p.services())));
        }
        if (!parts.isEmpty()) {
            s.append("，其中：").append(String.join("、", parts));
        }
        s.append("。");
        if (p.smeReserved() != null) {
            s.append("面向中小企业预留政府采购项目预算金额").append(Wording.money(figures.inStatementUnit(p.smeReserved())));
            if (p.smallMicroReserved() != null) {
                s.append("，面向小微企业预留政府采购项目预算金额").append(Wording.money(figures.inStatementUnit(p.smallMicroReserved())));
            }
            s.append("。");
        }
        b.add(new Layout.Paragraph(s.toString()));
        SmeAwards sme = fa() == null ? null : fa().smeAwards();
        if (sme != null) {
            List<String> awards = new ArrayList<>();
            if (sme.inSmeReserved() != null) {
                awards.add("在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额" + Wording.money(figures.inStatementUnit(sme.inSmeReserved())));
            }
            if (sme.inSmallMicroReserved() != null) {
                awards.add("在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额" + Wording.money(figures.inStatementUnit(sme.inSmallMicroReserved())));
            }
            if (sme.inOtherProjects() != null) {
                awards.add("在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额" + Wording.money(figures.inStatementUnit(sme.inOtherProjects())));
            }
            Amount toSme = sum(sme.inSmeReserved(), sme.inOtherProjects());
            BigDecimal share = FinalFigures.share(toSme, p.total().amount());
            String whole = toSme == null ? "" : "。授予中小企业合同金额合计" + Wording.money(figures.inStatementUnit(toSme))
                    + (share == null ? "" : "，占政府采购支出总额的" + percent(share));
            if (!awards.isEmpty()) {
                b.add(new Layout.Paragraph(String.join("；", awards) + whole + "。"));
            }
        }
    }

    private static Amount sum(Amount a, Amount b) {
        return a == null ? b : b == null ? a : a.plus(b);
    }

    private void assets(List<Block> b) {
        var a = d.assets();
        if (a == null) {
            return;
        }
        if (a.table() != null && !a.table().holdings().isEmpty()) {
            StringBuilder s = new StringBuilder("截至").append(year).append("年12月31日，").append(d.department().name()).append("共有");
            List<String> held = new ArrayList<>();
            for (var l : a.table().holdings()) {
                if (l.quantity() != null) {
                    held.add(l.name() + l.quantity().toPlainString() + (l.quantityUnit() == null ? "" : l.quantityUnit())
                            + (l.value() == null ? "" : "，价值" + Wording.money(l.value())));
                }
            }
            s.append(String.join("；", held)).append("。");
            b.add(new Layout.Paragraph(s.toString()));
        } else if (a.statement() != null) {
            for (String para : a.statement().split("\n")) {
                b.add(new Layout.Paragraph(para));
            }
        }
    }

    static String percent(BigDecimal p) {
        return p.toPlainString() + "%";
    }

    private static String stop(String s) {
        String t = s.strip();
        return t.endsWith("。") ? t : t + "。";
    }
}
