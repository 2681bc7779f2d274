package org.gongkai.validation.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.FunctionHeadings;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/**
 * Every amount the statement states equals its table value, after converting 元 and 万元, within
 * the tolerance the stated precision allows (a factor of 10 or 10,000 is the classic slip).
 */
public final class StatementMatchesTables extends AbstractRule {

    public StatementMatchesTables() {
        super(new RuleInfo("statement-matches-tables", Category.CONSISTENCY, Severity.ERROR,
                "预算法 §14；文字说明与预算表数据应一致",
                "说明中的每个金额与预算表中对应数据一致（元与万元换算，容差按所述精度）",
                "Every amount stated in the text equals its table value after unit conversion",
                "说明：支出预算17,192万元；部门支出总表合计1,719,151,690元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.tables().isEmpty()) {
            return List.of(couldNotCheck(Pointer.of("tables"),
                    "文档不含预算表，说明中的金额无法与表核对", "the document holds no tables to check the text against"));
        }
        List<Finding> findings = new ArrayList<>();
        Expenditure e = d.overview() == null ? null : d.overview().expenditure();
        if (e != null) {
            compare(d, e.total(), "/overview/expenditure/total", "支出合计", TableKind.EXPENDITURE_SUMMARY, Column.TOTAL, context, findings);
            compare(d, e.basic(), "/overview/expenditure/basic", "基本支出", TableKind.EXPENDITURE_SUMMARY, Column.BASIC, context, findings);
            compare(d, e.project(), "/overview/expenditure/project", "项目支出", TableKind.EXPENDITURE_SUMMARY, Column.PROJECT, context, findings);
            compare(d, e.personnel(), "/overview/expenditure/personnel", "人员经费", TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, Column.PERSONNEL, context, findings);
            compare(d, e.publicCosts(), "/overview/expenditure/publicCosts", "公用经费", TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, Column.PUBLIC, context, findings);
            compare(d, e.fiscalGrant(), "/overview/expenditure/fiscalGrant", "财政拨款支出", TableKind.FISCAL_GRANT_SUMMARY, Column.TOTAL, context, findings);
            compare(d, e.fiscalGrantBasic(), "/overview/expenditure/fiscalGrantBasic", "财政拨款基本支出",
                    d.table(TableKind.FISCAL_GRANT_BASIC_EXPENDITURE).isPresent() ? TableKind.FISCAL_GRANT_BASIC_EXPENDITURE
                            : TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, Column.TOTAL, context, findings);
            for (int i = 0; i < e.byFund().size(); i++) {
                IncomeLine l = e.byFund().get(i);
                Column c = switch (l.source()) {
                    case GENERAL_PUBLIC_BUDGET -> Column.GENERAL_PUBLIC_BUDGET;
                    case GOVERNMENT_FUND -> Column.GOVERNMENT_FUND;
                    case STATE_CAPITAL -> Column.STATE_CAPITAL;
                    default -> null;
                };
                if (c != null) {
                    compare(d, l.figure(), "/overview/expenditure/byFund/" + i + "/figure", l.label(), TableKind.FISCAL_GRANT_SUMMARY, c, context, findings);
                }
            }
            for (int i = 0; i < e.byFunction().size(); i++) {
                checkHeading(d, e.byFunction().get(i), "/overview/expenditure/byFunction/" + i, context, findings);
            }
            EconomicLinesAgainstTables.differences(d, context).forEach(difference -> findings.add(economic(difference)));
        }
        if (d.overview() != null && d.overview().income() != null) {
            var income = d.overview().income();
            compareIncome(d, income.total(), "/overview/income/total", income.totalLabel() == null ? "收入合计" : income.totalLabel(), context, findings);
            for (int i = 0; i < income.sources().size(); i++) {
                IncomeLine l = income.sources().get(i);
                Column c = switch (l.source()) {
                    case FISCAL_GRANT -> Column.FISCAL_GRANT;
                    case BUSINESS -> Column.BUSINESS_INCOME;
                    case BUSINESS_OPERATING -> Column.BUSINESS_OPERATING_INCOME;
                    case OTHER -> Column.OTHER_INCOME;
                    default -> null;
                };
                if (c != null && l.source() != IncomeSource.OTHER) {
                    compare(d, l.figure(), "/overview/income/sources/" + i + "/figure", l.label(), TableKind.INCOME_SUMMARY, c, context, findings);
                }
            }
        }
        ThreePublicExpenses t = d.threePublic();
        if (t != null) {
            compare(d, t.total(), "/threePublic/total", "“三公”经费", TableKind.THREE_PUBLIC, Column.TOTAL, context, findings);
            compare(d, t.abroad(), "/threePublic/abroad", "因公出国（境）费", TableKind.THREE_PUBLIC, Column.ABROAD, context, findings);
            compare(d, t.vehicles(), "/threePublic/vehicles", "公务用车购置及运行费", TableKind.THREE_PUBLIC, Column.VEHICLES, context, findings);
            compare(d, t.vehiclePurchase(), "/threePublic/vehiclePurchase", "公务用车购置费", TableKind.THREE_PUBLIC, Column.VEHICLE_PURCHASE, context, findings);
            compare(d, t.vehicleRunning(), "/threePublic/vehicleRunning", "公务用车运行费", TableKind.THREE_PUBLIC, Column.VEHICLE_RUNNING, context, findings);
            compare(d, t.reception(), "/threePublic/reception", "公务接待费", TableKind.THREE_PUBLIC, Column.RECEPTION, context, findings);
        }
        if (d.operatingCosts() != null) {
            if (d.table(TableKind.OPERATING_COSTS).isPresent()) {
                compare(d, d.operatingCosts().total(), "/operatingCosts/total", "机关运行经费", TableKind.OPERATING_COSTS,
                        d.table(TableKind.OPERATING_COSTS).get().columns().contains(Column.OPERATING_COSTS)
                                ? Column.OPERATING_COSTS : Column.TOTAL, context, findings);
            } else {
                compare(d, d.operatingCosts().total(), "/operatingCosts/total", "机关运行经费", TableKind.THREE_PUBLIC, Column.OPERATING_COSTS, context, findings);
            }
        }
        return findings;
    }

    /**
     * A statement's sentence on one 类, 款 or 项, named however the statement names it, against every
     * table of the document that carries that line: the statement may speak of 财政拨款 or of all
     * funds, so the amount must equal the line in one of them (or the line summed over the fund
     * tables); when it equals none, the finding names what each table says. A heading the tables
     * do not carry at all is a finding of its own.
     */
    private void checkHeading(Disclosure d, FunctionSpending f, String at, CheckContext context, List<Finding> findings) {
        if (f.figure() == null || f.figure().amount() == null) {
            return;
        }
        List<BudgetTable> coded = d.tables().stream()
                .filter(t -> !t.kind().name().startsWith("FINAL_"))
                .filter(t -> t.rows().stream().anyMatch(r -> r.code() != null))
                .toList();
        if (coded.isEmpty()) {
            return; // no table carries classification codes: nothing to find the heading in
        }
        Optional<String> code = f.code() != null ? Optional.of(f.code()) : FunctionHeadings.code(f.name(), coded);
        List<Carried> carried = code.map(c -> carried(c, coded)).orElse(List.of());
        if (carried.isEmpty()) {
            findings.add(new Finding(info().id(), Category.CONSISTENCY, Severity.WARNING, at + "/name", f.name(),
                    "说明中的科目“" + f.name() + "”在预算表中找不到，其金额" + f.figure().amount() + "无从核对",
                    "the text states " + f.figure().amount() + " for '" + f.name() + "', a heading no table carries",
                    null, null, null));
            return;
        }
        Amount stated = f.figure().amount();
        if (carried.stream().anyMatch(c -> context.agree(stated, c.amount()))) {
            return;
        }
        Carried first = carried.get(0);
        String others = carried.stream().skip(1).map(c -> "《" + c.where() + "》" + c.amount().publishedIn(stated.unit()))
                .reduce((a, b) -> a + "、" + b).map(s -> "，" + s).orElse("")
                + parentWithTheAmount(code.get(), stated, coded, context);
        findings.add(mismatch(at + "/figure/amount", "“" + f.name() + "”科目", first.amount().in(stated.unit()), stated,
                "说明中“" + f.name() + "”科目" + stated + "，与《" + first.where() + "》中的" + first.amount().publishedIn(stated.unit())
                        + "不符" + others,
                "'" + f.name() + "' is " + stated + " in the text but " + first.amount().publishedIn(stated.unit())
                        + " in table '" + first.where() + "'"));
    }

    /** A stated economic line of 基本支出 that no basic expenditure table carries, or carries with another amount. */
    private Finding economic(EconomicLinesAgainstTables.Difference difference) {
        String at = "/overview/expenditure/byEconomicClass/" + difference.line();
        String name = difference.stated().name();
        Amount stated = difference.stated().figure().amount();
        if (difference.isMissing()) {
            return new Finding(info().id(), Category.CONSISTENCY, Severity.WARNING, at + "/name", name,
                    "说明中的经济分类科目“" + name + "”在基本支出预算表中找不到，其金额" + stated + "无从核对",
                    "the text states " + stated + " for the economic line '" + name + "', which no basic expenditure table carries",
                    null, null, null);
        }
        Amount table = difference.tableAmount();
        return mismatch(at + "/figure/amount", "“" + name + "”经济分类科目", table.in(stated.unit()), stated,
                "说明中“" + name + "”" + stated + "，与《" + difference.table() + "》中的" + table.publishedIn(stated.unit()) + "不符",
                "'" + name + "' is " + stated + " in the text but " + table.publishedIn(stated.unit())
                        + " in table '" + difference.table() + "'");
    }

    /** Where the stated amount is the line's 款 or 类 instead (a sum named as one of its items), say so. */
    private static String parentWithTheAmount(String code, Amount stated, List<BudgetTable> tables, CheckContext context) {
        for (int length = code.length() - 2; length >= 3; length -= 2) {
            String parent = code.substring(0, length);
            for (Carried c : carried(parent, tables)) {
                if (context.agree(stated, c.amount())) {
                    String name = tables.stream().flatMap(t -> t.rows().stream()).filter(r -> parent.equals(r.code()))
                            .map(TableRow::name).findFirst().orElse(parent);
                    return "；该金额是其上级科目“" + name.strip() + "”（" + parent + "）之数";
                }
            }
        }
        return "";
    }

    private record Carried(String where, Amount amount) {}

    /** The amounts the tables give for a line: 财政拨款 tables first, then the fund tables summed, then the rest. */
    private static List<Carried> carried(String code, List<BudgetTable> tables) {
        List<Carried> out = new ArrayList<>();
        for (TableKind kind : List.of(TableKind.FISCAL_GRANT_EXPENDITURE, TableKind.FISCAL_GRANT_SUMMARY)) {
            tables.stream().filter(t -> t.kind() == kind).forEach(t -> total(t, code).ifPresent(a -> out.add(new Carried(t.title(), a))));
        }
        Amount funds = null;
        List<String> fundTitles = new ArrayList<>();
        for (BudgetTable t : tables) {
            if (FUND_TABLES.contains(t.kind())) {
                Optional<Amount> a = total(t, code);
                if (a.isPresent()) {
                    funds = funds == null ? a.get() : funds.plus(a.get());
                    fundTitles.add(t.title());
                }
            }
        }
        if (funds != null) {
            out.add(new Carried(String.join("》与《", fundTitles), funds));
        }
        for (BudgetTable t : tables) {
            if (t.kind() != TableKind.FISCAL_GRANT_EXPENDITURE && t.kind() != TableKind.FISCAL_GRANT_SUMMARY
                    && !FUND_TABLES.contains(t.kind())) {
                total(t, code).ifPresent(a -> out.add(new Carried(t.title(), a)));
            }
        }
        return out;
    }

    private static final List<TableKind> FUND_TABLES = List.of(TableKind.GENERAL_BUDGET_EXPENDITURE,
            TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE);

    private static Optional<Amount> total(BudgetTable t, String code) {
        return t.rows().stream().filter(r -> code.equals(r.code())).findFirst().flatMap(r -> r.amount(Column.TOTAL));
    }

    private void compareIncome(Disclosure d, Figure f, String at, String subject, CheckContext context, List<Finding> findings) {
        Optional<BudgetTable> t1 = d.table(TableKind.INCOME_EXPENDITURE_SUMMARY);
        if (t1.isPresent() && t1.get().incomeTotal() != null) {
            Optional<Amount> v = t1.get().incomeTotal().amount(Column.AMOUNT).or(() -> t1.get().incomeTotal().amount(Column.TOTAL));
            if (v.isPresent() && Sums.amount(f) != null) {
                check(f.amount(), v.get(), at + "/amount", subject, t1.get(), context, findings);
                return;
            }
        }
        compare(d, f, at, subject, TableKind.INCOME_SUMMARY, Column.TOTAL, context, findings);
    }

    private void compare(Disclosure d, Figure f, String at, String subject, TableKind kind, Column column,
                         CheckContext context, List<Finding> findings) {
        if (f == null || f.amount() == null) {
            return;
        }
        Optional<BudgetTable> table = d.table(kind);
        if (table.isEmpty() || !table.get().columns().contains(column)) {
            return; // the table does not carry that figure (or its column could not be read): nothing to compare
        }
        TableRow total = table.get().total();
        if (total == null && table.get().rows().size() == 1) {
            total = table.get().rows().get(0);
        }
        if (total == null) {
            return;
        }
        Optional<Amount> value = total.amount(column);
        if (value.isEmpty()) {
            // a blank table cell against a stated 0 is not a conflict; against a stated sum it is
            if (!f.amount().isZero()) {
                findings.add(mismatch(at + "/amount", subject, Amount.zero(table.get().unit()), f.amount(),
                        "说明中" + subject + f.amount() + "，《" + table.get().title() + "》中该栏为空",
                        subject + " is " + f.amount() + " in the text, blank in table '" + table.get().title() + "'"));
            }
            return;
        }
        check(f.amount(), value.get(), at + "/amount", subject, table.get(), context, findings);
    }

    private void check(Amount stated, Amount tableValue, String at, String subject, BudgetTable table, CheckContext context,
                       List<Finding> findings) {
        if (context.agree(stated, tableValue)) {
            return;
        }
        Amount expected = tableValue.in(stated.unit());
        findings.add(mismatch(at, subject, expected, stated,
                "说明中" + subject + stated + "，与《" + table.title() + "》中的" + tableValue + "不符",
                subject + " is " + stated + " in the text but " + tableValue + " in table '" + table.title() + "'"));
    }
}
