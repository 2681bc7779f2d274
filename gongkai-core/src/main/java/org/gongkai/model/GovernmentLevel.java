package org.gongkai.model;

/** 政府层级: the level of government a unit belongs to. */
public enum GovernmentLevel {
    CENTRAL("中央"),
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇级");

    private final String label;

    GovernmentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
