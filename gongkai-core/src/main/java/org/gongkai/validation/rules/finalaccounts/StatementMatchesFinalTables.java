package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Expenditure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Figure;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * The totals a 决算's statement states equal the tables': 收入支出总计, 本年收入合计 and its sources, 本年支出合计, 基本支出
 * and 项目支出, 人员经费 and 公用经费, 财政拨款收入支出总计, 一般公共预算财政拨款支出 as a whole and per line (by code), and the
 * 三公 预算 and 决算 of each item. A blank cell against a stated 0 is no conflict.
 */
public final class StatementMatchesFinalTables extends FinalAccountsRule {

    private static final Map<IncomeSource, Column> SOURCES = Map.of(
            IncomeSource.FISCAL_GRANT, Column.FISCAL_GRANT,
            IncomeSource.HIGHER_LEVEL_SUBSIDY, Column.SUBSIDY_FROM_HIGHER_LEVEL,
            IncomeSource.BUSINESS, Column.BUSINESS_INCOME,
            IncomeSource.BUSINESS_OPERATING, Column.BUSINESS_OPERATING_INCOME,
            IncomeSource.SUBORDINATE_REMITTANCE, Column.INCOME_FROM_SUBORDINATES,
            IncomeSource.OTHER, Column.OTHER_INCOME);

    public StatementMatchesFinalTables() {
        super(new RuleInfo("final-statement-matches-tables", Category.CONSISTENCY, Severity.ERROR,
                "预算法 §14；部门决算公开模板：情况说明中的数据与决算表一致",
                "决算说明中的金额与决算表中对应数据一致",
                "Every total the final accounts statement states equals its table value",
                "说明：财政拨款收入支出总计0.3万元；财政拨款收入支出决算总表总计2,961.68万元",
                "说明：本年收入合计2946.25万元；收入支出决算总表本年收入合计2,946.25万元"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        if (d.tables().stream().noneMatch(t -> t.kind().isFinalAccounts())) {
            findings.add(couldNotCheck("/tables", "文档不含决算表，说明中的金额无法与表核对",
                    "the document holds no final accounts tables to check the text against"));
            return;
        }
        FinalAccounts f = d.finalAccounts();
        Income income = d.overview() == null ? null : d.overview().income();
        Expenditure spending = d.overview() == null ? null : d.overview().expenditure();
        if (f != null) {
            compare(d, amount(f.grandTotal()), "/finalAccounts/grandTotal/amount", "收入支出总计",
                    TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, t -> cell(t.incomeTotal(), Column.GRAND_TOTAL), context, findings);
            compare(d, amount(f.fiscalGrantTotal()), "/finalAccounts/fiscalGrantTotal/amount", "财政拨款收入支出总计",
                    TableKind.FINAL_FISCAL_GRANT_SUMMARY, t -> cell(t.incomeTotal(), Column.GRAND_TOTAL), context, findings);
            compare(d, amount(f.generalBudgetExpenditure()), "/finalAccounts/generalBudgetExpenditure/amount", "一般公共预算财政拨款支出",
                    TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, t -> cell(t.total(), Column.TOTAL), context, findings);
            if (f.generalBudgetOutturn() != null) {
                compare(d, f.generalBudgetOutturn().outturn(), "/finalAccounts/generalBudgetOutturn/outturn", "一般公共预算财政拨款支出决算",
                        TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, t -> cell(t.total(), Column.TOTAL), context, findings);
            }
            for (int i = 0; i < f.outturns().size(); i++) {
                String code = f.outturns().get(i).code();
                if (code == null) {
                    continue;
                }
                int at = i;
                compare(d, f.outturns().get(i).outturn(), () -> Pointer.of("finalAccounts", "outturns", at, "outturn"),
                        () -> code + " " + f.outturns().get(at).name(), TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                        t -> lineTotal(t, code, context),
                        context, findings);
            }
            threePublic(d, context, findings);
        }
        if (income != null) {
            compare(d, amount(income.total()), "/overview/income/total/amount", "本年收入合计",
                    TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, t -> cell(t.incomeTotal(), Column.CURRENT_INCOME), context, findings);
            for (int i = 0; i < income.sources().size(); i++) {
                IncomeLine line = income.sources().get(i);
                Column c = SOURCES.get(line.source());
                if (c != null) {
                    int at = i;
                    compare(d, amount(line.figure()), () -> Pointer.of("overview", "income", "sources", at, "figure", "amount"), line::label,
                            TableKind.FINAL_INCOME, t -> t.columns().contains(c) ? blankIsZero(t.total(), c, t) : null, context, findings);
                }
            }
        }
        if (spending != null) {
            compare(d, amount(spending.total()), "/overview/expenditure/total/amount", "本年支出合计",
                    TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, t -> cell(t.total(), Column.CURRENT_EXPENDITURE), context, findings);
            compare(d, amount(spending.basic()), "/overview/expenditure/basic/amount", "基本支出",
                    TableKind.FINAL_EXPENDITURE, t -> t.columns().contains(Column.BASIC) ? blankIsZero(t.total(), Column.BASIC, t) : null,
                    context, findings);
            compare(d, amount(spending.project()), "/overview/expenditure/project/amount", "项目支出",
                    TableKind.FINAL_EXPENDITURE, t -> t.columns().contains(Column.PROJECT) ? blankIsZero(t.total(), Column.PROJECT, t) : null,
                    context, findings);
            compare(d, amount(spending.personnel()), "/overview/expenditure/personnel/amount", "人员经费",
                    TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, t -> cell(t.total(), Column.PERSONNEL), context, findings);
            compare(d, amount(spending.publicCosts()), "/overview/expenditure/publicCosts/amount", "公用经费",
                    TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, t -> cell(t.total(), Column.PUBLIC), context, findings);
        }
    }

    private void threePublic(Disclosure d, CheckContext context, List<Finding> findings) {
        Map<Column, TableRow> measures = StatedOutturns.measures(d, context);
        for (StatedOutturns.Stated s : StatedOutturns.of(d, context)) {
            if (s.item() == null) {
                continue;
            }
            for (Column measure : List.of(Column.INITIAL_BUDGET, Column.OUTTURN)) {
                TableRow row = measures.get(measure);
                Amount stated = measure == Column.OUTTURN ? s.outturn().outturn() : s.outturn().budget();
                if (row == null || stated == null) {
                    continue;
                }
                compare(d, stated, s.at() + (measure == Column.OUTTURN ? "/outturn" : "/budget"), s.name() + measure.label(),
                        TableKind.FINAL_THREE_PUBLIC, t -> blankIsZero(row, s.item(), t), context, findings);
            }
        }
    }

    /** The 合计 of the first line with the code (a blank cell is 0), or null when no line has it. */
    private static Amount lineTotal(BudgetTable t, String code, CheckContext context) {
        int r = context.lines(t).indexOf(code);
        return r < 0 ? null : Optional.ofNullable(cell(t.rows().get(r), Column.TOTAL)).orElse(Amount.zero(t.unit()));
    }

    private static Amount blankIsZero(TableRow row, Column c, BudgetTable t) {
        return row == null ? null : Optional.ofNullable(cell(row, c)).orElse(Amount.zero(t.unit()));
    }

    private static Amount amount(Figure f) {
        return f == null ? null : f.amount();
    }

    private void compare(Disclosure d, Amount stated, String at, String subject, TableKind kind,
            Function<BudgetTable, Amount> inTable, CheckContext context, List<Finding> findings) {
        compare(d, stated, () -> at, () -> subject, kind, inTable, context, findings);
    }

    /** As above, with the place and the subject spelled only for a finding. */
    private void compare(Disclosure d, Amount stated, Supplier<String> place, Supplier<String> named, TableKind kind,
            Function<BudgetTable, Amount> inTable, CheckContext context, List<Finding> findings) {
        if (stated == null) {
            return;
        }
        Optional<Located> l = table(d, kind);
        if (l.isEmpty()) {
            return;
        }
        Amount tabled = inTable.apply(l.get().table());
        if (tabled == null) {
            return;
        }
        if (tabled.compareTo(stated) == 0) {
            return;
        }
        String at = place.get();
        String subject = named.get();
        String title = "《" + l.get().table().title() + "》";
        if (stated.unit() == tabled.unit()) {
            same(findings, at, subject, tabled, stated, title, "说明", "'" + l.get().table().title() + "'", "the statement");
        } else if (!context.agree(tabled, stated)) {
            findings.add(mismatch(at, subject, tabled, stated,
                    subject + "：" + title + "为" + tabled + "，说明为" + stated,
                    subject + ": " + tabled + " in '" + l.get().table().title() + "' but " + stated + " in the statement"));
        }
    }
}
