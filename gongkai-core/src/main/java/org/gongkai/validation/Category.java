package org.gongkai.validation;

/** The families of rules, as the findings contract names them. */
public enum Category {
    ARITHMETIC,
    CONSISTENCY,
    YOY,
    PERFORMANCE,
    COMPLETENESS,
    TEXT,
    DEADLINE
}
