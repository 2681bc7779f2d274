package org.gongkai.model;

/** The amount columns of the standard tables. A table names the ones it has, in order. */
public enum Column {
    AMOUNT("预算数"),
    TOTAL("合计"),
    BASIC("基本支出"),
    PERSONNEL("人员经费"),
    PUBLIC("公用经费"),
    PROJECT("项目支出"),
    FISCAL_GRANT("财政拨款收入"),
    GENERAL_PUBLIC_BUDGET("一般公共预算"),
    GOVERNMENT_FUND("政府性基金预算"),
    STATE_CAPITAL("国有资本经营预算"),
    SPECIAL_ACCOUNT("财政专户管理资金"),
    BUSINESS_INCOME("事业收入"),
    BUSINESS_OPERATING_INCOME("事业单位经营收入"),
    OTHER_INCOME("其他收入"),
    CARRYOVER("上年结转"),
    REMIT_TO_HIGHER_LEVEL("上缴上级支出"),
    BUSINESS_OPERATING_EXPENDITURE("事业单位经营支出"),
    SUBSIDY_TO_SUBORDINATES("对附属单位补助支出"),
    ABROAD("因公出国(境)费"),
    VEHICLES("公务用车购置及运行费"),
    VEHICLE_PURCHASE("购置费"),
    VEHICLE_RUNNING("运行费"),
    RECEPTION("公务接待费"),
    OPERATING_COSTS("机关运行经费"),
    PRIOR_YEAR("上年预算数");

    private final String label;

    Column(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
