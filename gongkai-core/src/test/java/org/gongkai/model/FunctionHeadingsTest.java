package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionHeadingsTest {

    private static final List<BudgetTable> TABLES = List.of(table(
            row("201", "一、一般公共服务支出"),
            row("20103", "政府办公厅（室）及相关机构事务"),
            row("2010301", "行政运行"),
            row("2010302", "一般行政管理事务"),
            row("20106", "财政事务"),
            row("2010601", "行政运行"),
            row("208", "社会保障和就业支出"),
            row("20805", "行政事业单位养老支出"),
            row("2080505", "机关事业单位基本养老保险缴"),
            row("2080506", "机关事业单位职业年金缴费支出")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "一般公共服务支出|201",
            "一般公共服务（类）支出|201",
            "一般公共服务支出（类）|201",
            "201|201",
            "2010601 行政运行|2010601",
            "一般公共服务支出（类）财政事务（款）行政运行（项）|2010601",
            "一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)行政运行(项)|2010301",
            "一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）一般行政管理事务（02项）|2010302",
            "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行|2010301",
            "社会保障和就业支出—行政事业单位养老支出|20805",
            "财政事务|20106",
            "财政事务（款）|20106",
            "财政事务行政运行（项）|2010601",
            "政府办公厅（室）及相关机构事务行政运行|2010301",
            // the table cut the name short; the statement gives it whole
            "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）|2080505"})
    void findsTheLineHoweverTheStatementNamesIt(String named, String code) {
        assertThat(FunctionHeadings.code(named, TABLES)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "教育支出",
            "行政运行",                                   // two 项 bear this name: which one is not said
            "一般公共服务支出（类）财政事务（款）一般行政管理事务（项）", // no such 项 under 20106
            "2050101",
            "一般公共服务支出（201类）财政事务（09款）"})
    void findsNothingWhenTheTablesDoNotSayWhichLine(String named) {
        assertThat(FunctionHeadings.code(named, TABLES)).isEmpty();
    }

    private static TableRow row(String code, String name) {
        return new TableRow(code, name, Map.of(Column.TOTAL, Amount.of("1", MoneyUnit.YUAN)));
    }

    private static BudgetTable table(TableRow... rows) {
        return new BudgetTable(TableKind.GENERAL_BUDGET_EXPENDITURE, "5", "一般公共预算支出功能分类预算表", MoneyUnit.YUAN,
                List.of(Column.TOTAL), List.of(), null, List.of(rows), null, null);
    }
}
