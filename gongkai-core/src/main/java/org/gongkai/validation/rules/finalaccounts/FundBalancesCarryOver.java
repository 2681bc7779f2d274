package org.gongkai.validation.rules.finalaccounts;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/**
 * Per fund, 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余: each fund's line and the all funds of the
 * 财政拨款收入支出决算总表 (their sources on the income side's total row, whose 总计 is 年初 + 本年收入, their uses
 * on the expenditure side's; the funds add up to the all funds), and
 * each line of the 政府性基金 and 国有资本经营 决算 tables.
 */
public final class FundBalancesCarryOver extends FinalAccountsRule {

    private static final List<Column> ACCOUNT = List.of(Column.OPENING_BALANCE, Column.CURRENT_INCOME,
            Column.CURRENT_EXPENDITURE, Column.CLOSING_BALANCE, Column.GRAND_TOTAL);

    public FundBalancesCarryOver() {
        super(new RuleInfo("final-fund-balances-carry-over", Category.ARITHMETIC, Severity.ERROR,
                "部门决算报表编制说明：财政拨款分资金来源 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余",
                "每类财政拨款：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余",
                "For each fiscal fund: opening balance + current income = current expenditure + closing balance",
                "一般公共预算财政拨款：年初结转和结余21.63万元，本年收入2,940.05万元，本年支出2,940.05万元，年末结转和结余12.63万元",
                "一般公共预算财政拨款：年初21.63万元 + 本年收入2,940.05万元 = 本年支出2,940.05万元 + 年末21.63万元"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        Optional<Located> grants = table(d, TableKind.FINAL_FISCAL_GRANT_SUMMARY);
        if (grants.isEmpty()) {
            findings.add(missingTable(TableKind.FINAL_FISCAL_GRANT_SUMMARY));
        } else {
            Located l = grants.get();
            BudgetTable t = l.table();
            for (int r = 0; r < t.incomeRows().size(); r++) {
                int row = r;
                account(findings, l, t.incomeRows().get(r), () -> l.at("incomeRows", row, "amounts"), Column.CURRENT_EXPENDITURE);
            }
            if (t.incomeTotal() != null || t.total() != null) {
                allFunds(findings, l, t);
            }
        }
        for (TableKind kind : List.of(TableKind.FINAL_GOVERNMENT_FUND, TableKind.FINAL_STATE_CAPITAL)) {
            table(d, kind).ifPresent(l -> {
                Column spent = spending(l.table());
                for (int r = 0; r < l.table().rows().size(); r++) {
                    int row = r;
                    account(findings, l, l.table().rows().get(r), () -> l.at("rows", row, "amounts"), spent);
                }
                if (l.table().total() != null) {
                    account(findings, l, l.table().total(), () -> l.at("total", "amounts"), spent);
                }
            });
        }
    }

    /**
     * The all-funds account: its sources on the income side's total row, its uses on the expenditure side's
     * (本年支出合计 in the 合计 column, 年末结转和结余), each weighed against the funds' lines. A file that keeps the
     * uses on the income side's total row is read the same way.
     */
    private void allFunds(List<Finding> findings, Located l, BudgetTable t) {
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        Map<Column, String> at = new EnumMap<>(Column.class);
        take(amounts, at, t.incomeTotal(), l.at("incomeTotal", "amounts"), ACCOUNT);
        if (t.total() != null) {
            Amount spent = t.total().amount(Column.CURRENT_EXPENDITURE).or(() -> t.total().amount(Column.TOTAL)).orElse(null);
            if (spent != null) {
                amounts.put(Column.CURRENT_EXPENDITURE, spent);
                at.put(Column.CURRENT_EXPENDITURE, l.at("total", "amounts",
                        spelling(t.total().amounts().containsKey(Column.CURRENT_EXPENDITURE) ? Column.CURRENT_EXPENDITURE : Column.TOTAL)));
            }
            take(amounts, at, t.total(), l.at("total", "amounts"), List.of(Column.CLOSING_BALANCE));
        }
        String name = t.incomeTotal() != null ? t.incomeTotal().name() : Column.GRAND_TOTAL.label();
        account(findings, l, new TableRow(null, name, amounts), at::get, Column.CURRENT_EXPENDITURE);
        if (!t.incomeRows().isEmpty()) {
            for (Column c : ACCOUNT.subList(0, 4)) {
                if (at.containsKey(c)) {
                    weigh(findings, at.get(c), c.label(), amounts.get(c),
                            t.incomeRows().stream().map(r -> cell(r, c)).toList(),
                            "《" + t.title() + "》各类财政拨款" + c.label() + "合计",
                            "table '" + t.title() + "': " + c.label() + " of all funds");
                }
            }
        }
        if (t.incomeTotal() != null && t.total() != null) {
            same(findings, l.at("total", "amounts", spelling(Column.TOTAL)), "本年支出合计",
                    cell(t.incomeTotal(), Column.CURRENT_EXPENDITURE), cell(t.total(), Column.TOTAL),
                    "财政拨款结转结余行", "支出方合计", "the funds' account", "the expenditure side");
        }
    }

    /** Takes the stated cells of a row, with their pointers under {@code rowAt}. */
    private static void take(Map<Column, Amount> amounts, Map<Column, String> at, TableRow row, String rowAt, List<Column> columns) {
        if (row == null) {
            return;
        }
        for (Column c : columns) {
            Amount a = row.amounts().get(c);
            if (a != null) {
                amounts.put(c, a);
                at.put(c, rowAt + "/" + spelling(c));
            }
        }
    }

    /** A line's account, the pointers of its cells spelled only for a finding. */
    private void account(List<Finding> findings, Located l, TableRow row, java.util.function.Supplier<String> rowAt, Column spent) {
        account(findings, l, row, c -> ACCOUNT.contains(c) ? rowAt.get() + "/" + spelling(c) : null, spent);
    }

    /** An account, with the pointer of each of its cells (null for a cell it has none for). */
    private void account(List<Finding> findings, Located l, TableRow row, java.util.function.Function<Column, String> at, Column spent) {
        Amount opening = cell(row, Column.OPENING_BALANCE);
        Amount income = cell(row, Column.CURRENT_INCOME);
        Amount spending = cell(row, spent);
        Amount closing = cell(row, Column.CLOSING_BALANCE);
        if ((opening == null && income == null) || (spending == null && closing == null)) {
            return; // one side of the account not stated: nothing to balance
        }
        Amount sources = Sums.sumOrZero(Arrays.asList(opening, income), l.table().unit());
        Amount uses = Sums.sumOrZero(Arrays.asList(spending, closing), l.table().unit());
        Amount grand = cell(row, Column.GRAND_TOTAL);
        if (sources.compareTo(uses) == 0 && (grand == null || grand.compareTo(sources) == 0)) {
            return;
        }
        String title = "《" + l.table().title() + "》" + subject(row);
        String closingAt = at.apply(Column.CLOSING_BALANCE);
        report(findings, closingAt != null ? closingAt : at.apply(spent), subject(row), sources, uses,
                Rounding.stated(Arrays.asList(opening, income, spending, closing)),
                title + "：本年支出 + 年末结转和结余 = " + uses + "，年初结转和结余 + 本年收入 = " + sources,
                "table '" + l.table().title() + "', " + subject(row) + ": expenditure + closing balance " + uses
                        + " but opening balance + income " + sources);
        if (grand != null) {
            report(findings, at.apply(Column.GRAND_TOTAL), subject(row), sources, grand,
                    Rounding.stated(Arrays.asList(opening, income, grand)),
                    title + "：总计" + grand + "，年初结转和结余 + 本年收入 = " + sources,
                    "table '" + l.table().title() + "', " + subject(row) + ": grand total " + grand
                            + " but opening balance + income " + sources);
        }
    }
}
