package org.gongkai.model;

/** How the statement says a 决算 figure compares with its 预算: 决算数大于/小于/等于预算数, or 持平. */
public enum OutturnComparison {
    ABOVE("大于"),
    BELOW("小于"),
    EQUAL("等于"),
    FLAT("持平");

    private final String word;

    OutturnComparison(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether the word says 决算 and 预算 are the same (等于, 持平 or 基本持平). */
    public boolean saysEqual() {
        return this == EQUAL || this == FLAT;
    }
}
