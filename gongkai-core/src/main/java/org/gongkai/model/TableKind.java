package org.gongkai.model;

/**
 * The standard budget tables (domain §2), the common local additions, and the nine standard tables
 * of the final accounts (决算, domain §9).
 */
public enum TableKind {
    INCOME_EXPENDITURE_SUMMARY("部门收支总表"),
    INCOME_SUMMARY("部门收入总表"),
    EXPENDITURE_SUMMARY("部门支出总表"),
    FISCAL_GRANT_SUMMARY("财政拨款收支总表"),
    GENERAL_BUDGET_EXPENDITURE("一般公共预算支出表"),
    GENERAL_BUDGET_BASIC_EXPENDITURE("一般公共预算基本支出表"),
    THREE_PUBLIC("一般公共预算\"三公\"经费支出表"),
    GOVERNMENT_FUND_EXPENDITURE("政府性基金预算支出表"),
    STATE_CAPITAL_EXPENDITURE("国有资本经营预算支出表"),
    FISCAL_GRANT_EXPENDITURE("财政拨款支出表"),
    FISCAL_GRANT_BASIC_EXPENDITURE("财政拨款基本支出表"),
    OPERATING_COSTS("机关运行经费支出表"),
    PROJECT_EXPENDITURE("项目支出表"),
    PROCUREMENT("政府采购预算表"),
    FIXED_ASSETS("固定资产占用情况表"),
    FINAL_INCOME_EXPENDITURE_SUMMARY("收入支出决算总表"),
    FINAL_INCOME("收入决算表"),
    FINAL_EXPENDITURE("支出决算表"),
    FINAL_FISCAL_GRANT_SUMMARY("财政拨款收入支出决算总表"),
    FINAL_GENERAL_BUDGET_EXPENDITURE("一般公共预算财政拨款支出决算表"),
    FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE("一般公共预算财政拨款基本支出决算表"),
    FINAL_THREE_PUBLIC("财政拨款“三公”经费支出决算表"),
    FINAL_GOVERNMENT_FUND("政府性基金预算财政拨款收入支出决算表"),
    FINAL_STATE_CAPITAL("国有资本经营预算财政拨款收入支出决算表");

    private final String standardTitle;

    TableKind(String standardTitle) {
        this.standardTitle = standardTitle;
    }

    public String standardTitle() {
        return standardTitle;
    }

    /** Whether the table is one of the final accounts' (决算) tables. */
    public boolean isFinalAccounts() {
        return name().startsWith("FINAL_");
    }
}
