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

    private static final Optional<ClassificationLevel> CATEGORY_LEVEL = Optional.of(CATEGORY);
    private static final Optional<ClassificationLevel> SECTION_LEVEL = Optional.of(SECTION);
    private static final Optional<ClassificationLevel> ITEM_LEVEL = Optional.of(ITEM);

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
        if (code == null) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return switch (code.length()) {
            case 3 -> CATEGORY_LEVEL;
            case 5 -> SECTION_LEVEL;
            case 7 -> ITEM_LEVEL;
            default -> Optional.empty();
        };
    }
}
