package org.gongkai.model;

/**
 * The amount columns of the standard tables. A table names the ones it has, in order. The final
 * accounts' (决算) summary tables keep their closing lines (本年收入合计, 使用非财政拨款结余, 年初结转和结余,
 * 总计 …) as columns of their total rows, so that their identities are stated over columns.
 * 经营收入 and 经营支出 of the 决算 tables are {@link #BUSINESS_OPERATING_INCOME} and
 * {@link #BUSINESS_OPERATING_EXPENDITURE}.
 */
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
    PRIOR_YEAR("上年预算数"),
    OPENING_BALANCE("年初结转和结余"),
    CURRENT_INCOME("本年收入"),
    CURRENT_EXPENDITURE("本年支出"),
    CLOSING_BALANCE("年末结转和结余"),
    INITIAL_BUDGET("年初预算数"),
    ADJUSTED_BUDGET("调整预算数"),
    OUTTURN("决算数"),
    SUBSIDY_FROM_HIGHER_LEVEL("上级补助收入"),
    INCOME_FROM_SUBORDINATES("附属单位上缴收入"),
    USE_OF_BALANCE("使用非财政拨款结余"),
    BALANCE_DISTRIBUTION("结余分配"),
    GRAND_TOTAL("总计"),
    MEETINGS("会议费"),
    TRAINING("培训费"),
    /** 单位预留机动经费: a reserve some templates (Jiangsu) budget beside basic and project spending. */
    RESERVE("单位预留机动经费"),
    /** 结转下年资金: money budgeted to be carried to next year. */
    CARRY_FORWARD("结转下年资金");

    private final String label;

    Column(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
