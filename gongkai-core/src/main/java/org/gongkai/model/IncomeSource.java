package org.gongkai.model;

/** 收入来源: the sources of income of the standard tables (domain §2, table 1). */
public enum IncomeSource {
    FISCAL_GRANT("财政拨款收入"),
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款收入"),
    GOVERNMENT_FUND("政府性基金预算拨款收入"),
    STATE_CAPITAL("国有资本经营预算拨款收入"),
    SPECIAL_ACCOUNT("财政专户管理资金收入"),
    BUSINESS("事业收入"),
    BUSINESS_OPERATING("事业单位经营收入"),
    HIGHER_LEVEL_SUBSIDY("上级补助收入"),
    SUBORDINATE_REMITTANCE("附属单位上缴收入"),
    OTHER("其他收入"),
    CARRYOVER("上年结转");

    private final String label;

    IncomeSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
