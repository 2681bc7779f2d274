package org.gongkai.model;

import java.util.Optional;

/**
 * 类, 款, 项 of the government revenue and expenditure classification: a 功能分类 code has 3, 5 or 7
 * digits, an 经济分类 code 3 or 5.
 */
public enum ClassificationLevel {
    CATEGORY("类", 3),
    SECTION("款", 5),
    ITEM("项", 7);

    private final String label;
    private final int digits;

    ClassificationLevel(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    public String label() {
        return label;
    }

    public int digits() {
        return digits;
    }

    public static Optional<ClassificationLevel> ofCode(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (ClassificationLevel l : values()) {
            if (l.digits == code.length()) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
