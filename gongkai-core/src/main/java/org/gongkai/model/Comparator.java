package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;

/** The comparator of a quantified indicator value: ≥, ≤, =, >, <. */
public enum Comparator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("="),
    MORE_THAN(">"),
    LESS_THAN("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** A ceiling: the value may not be exceeded (≤, <, =). */
    public boolean isCeiling() {
        return this == AT_MOST || this == LESS_THAN || this == EQUAL;
    }

    public static Optional<Comparator> fromSymbol(String s) {
        String t = switch (s) {
            case ">=", "≧", "大于等于", "不低于", "不少于" -> "≥";
            case "<=", "≦", "小于等于", "不高于", "不超过" -> "≤";
            case "＝" -> "=";
            case "＞" -> ">";
            case "＜" -> "<";
            default -> s;
        };
        return Arrays.stream(values()).filter(c -> c.symbol.equals(t)).findFirst();
    }
}
