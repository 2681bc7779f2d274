package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * The two 决算 summaries as {@link TableReader} reads them (every printed line a line) turned into the model's
 * conventions, for a unit with 事业收入, a 使用非财政拨款结余 and a 结余分配, and two funds.
 */
class FinalAccountsTablesTest {

    private static final Template TEMPLATE = new Template(TemplateFamilies.standard(),
            ProfileLibrary.standard().orNull("national-final-accounts-2024"));

    private static TableRow row(String name, Object... cells) {
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.length; i += 2) {
            amounts.put((Column) cells[i], Amount.wan((String) cells[i + 1]));
        }
        return new TableRow(null, name, amounts);
    }

    private static List<BudgetTable> shape(BudgetTable t, Map<String, String> places) {
        return FinalAccountsTables.shape(List.of(t), TEMPLATE, places, new ArrayList<Unplaced>());
    }

    @Test
    void theSummarysClosingLinesBecomeColumnsOfItsTotals() {
        BudgetTable read = new BudgetTable(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, "1", "收入支出决算总表", MoneyUnit.WAN_YUAN,
                List.of(Column.OUTTURN, Column.TOTAL),
                List.of(row("一、一般公共预算财政拨款收入", Column.OUTTURN, "90.00"), row("五、事业收入", Column.OUTTURN, "10.00"),
                        row("本年收入合计", Column.OUTTURN, "100.00"), row("使用非财政拨款结余（含专用结余）", Column.OUTTURN, "5.00"),
                        row("年初结转和结余", Column.OUTTURN, "20.00")),
                row("总计", Column.OUTTURN, "125.00"),
                List.of(row("五、教育支出", Column.TOTAL, "98.00"), row("本年支出合计", Column.TOTAL, "98.00"),
                        row("结余分配", Column.TOTAL, "2.00"), row("年末结转和结余", Column.TOTAL, "25.00")),
                row("总计", Column.TOTAL, "125.00"), null);
        Map<String, String> places = new LinkedHashMap<>(Map.of("/tables/0/incomeRows/3", "page 5, line 30",
                "/tables/0/rows/2", "page 5, line 31"));
        BudgetTable t = shape(read, places).get(0);
        assertThat(t.incomeRows()).extracting(TableRow::name).containsExactly("一、一般公共预算财政拨款收入", "五、事业收入");
        assertThat(t.incomeTotal().amounts()).containsEntry(Column.CURRENT_INCOME, Amount.wan("100.00"))
                .containsEntry(Column.USE_OF_BALANCE, Amount.wan("5.00")).containsEntry(Column.OPENING_BALANCE, Amount.wan("20.00"))
                .containsEntry(Column.GRAND_TOTAL, Amount.wan("125.00"));
        assertThat(t.rows()).extracting(TableRow::name).containsExactly("五、教育支出");
        assertThat(t.rows().get(0).amounts()).containsEntry(Column.OUTTURN, Amount.wan("98.00"));
        assertThat(t.total().amounts()).containsEntry(Column.CURRENT_EXPENDITURE, Amount.wan("98.00"))
                .containsEntry(Column.BALANCE_DISTRIBUTION, Amount.wan("2.00")).containsEntry(Column.CLOSING_BALANCE, Amount.wan("25.00"))
                .containsEntry(Column.GRAND_TOTAL, Amount.wan("125.00"));
        assertThat(places).containsEntry("/tables/0/incomeTotal/amounts/use_of_balance", "page 5, line 30")
                .containsEntry("/tables/0/total/amounts/balance_distribution", "page 5, line 31");
    }

    @Test
    void theFiscalGrantSummaryKeepsEachFundsAccountAsALine() {
        BudgetTable read = new BudgetTable(TableKind.FINAL_FISCAL_GRANT_SUMMARY, "4", "财政拨款收入支出决算总表", MoneyUnit.WAN_YUAN,
                List.of(Column.OUTTURN, Column.TOTAL, Column.GENERAL_PUBLIC_BUDGET, Column.GOVERNMENT_FUND),
                List.of(row("一、一般公共预算财政拨款", Column.OUTTURN, "80.00"), row("二、政府性基金预算财政拨"), row("款", Column.OUTTURN, "20.00"),
                        row("本年收入合计", Column.OUTTURN, "100.00"), row("年初财政拨款结转和结余", Column.OUTTURN, "6.00"),
                        row("一、一般公共预算财政拨款", Column.OUTTURN, "4.00"), row("二、政府性基金预算财政拨款", Column.OUTTURN, "2.00")),
                row("总计", Column.OUTTURN, "106.00"),
                List.of(row("十一、城乡社区支出", Column.TOTAL, "97.00", Column.GENERAL_PUBLIC_BUDGET, "79.00", Column.GOVERNMENT_FUND, "18.00"),
                        row("本年支出合计", Column.TOTAL, "97.00", Column.GENERAL_PUBLIC_BUDGET, "79.00", Column.GOVERNMENT_FUND, "18.00"),
                        row("年末财政拨款结转和结余", Column.TOTAL, "9.00", Column.GENERAL_PUBLIC_BUDGET, "5.00", Column.GOVERNMENT_FUND, "4.00")),
                row("总计", Column.TOTAL, "106.00"), null);
        BudgetTable t = shape(read, new LinkedHashMap<>()).get(0);
        assertThat(t.incomeRows()).extracting(TableRow::name).containsExactly("一、一般公共预算财政拨款", "二、政府性基金预算财政拨款");
        assertThat(t.incomeRows().get(1).amounts()).containsEntry(Column.CURRENT_INCOME, Amount.wan("20.00"))
                .containsEntry(Column.OPENING_BALANCE, Amount.wan("2.00")).containsEntry(Column.CURRENT_EXPENDITURE, Amount.wan("18.00"))
                .containsEntry(Column.CLOSING_BALANCE, Amount.wan("4.00"));
        assertThat(t.incomeTotal().amounts()).containsOnly(entry(Column.CURRENT_INCOME, Amount.wan("100.00")),
                entry(Column.OPENING_BALANCE, Amount.wan("6.00")), entry(Column.GRAND_TOTAL, Amount.wan("106.00")));
        assertThat(t.total().name()).isEqualTo("本年支出合计");
        assertThat(t.total().amounts()).containsOnly(entry(Column.TOTAL, Amount.wan("97.00")),
                entry(Column.GENERAL_PUBLIC_BUDGET, Amount.wan("79.00")), entry(Column.GOVERNMENT_FUND, Amount.wan("18.00")),
                entry(Column.CLOSING_BALANCE, Amount.wan("9.00")), entry(Column.GRAND_TOTAL, Amount.wan("106.00")));
        assertThat(t.rows()).extracting(TableRow::name).containsExactly("十一、城乡社区支出");
    }
}
