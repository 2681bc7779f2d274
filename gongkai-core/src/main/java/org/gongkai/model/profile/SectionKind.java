package org.gongkai.model.profile;

/**
 * The sections of a budget or final accounts statement, whatever a template numbers or titles them.
 * The kinds from INCOME on are the sections a 决算 has besides a budget's.
 */
public enum SectionKind {
    DUTIES,
    ORGANISATION,
    GLOSSARY,
    OVERVIEW,
    OPERATING_COSTS,
    THREE_PUBLIC,
    PERFORMANCE,
    PROCUREMENT,
    ASSETS,
    TABLES,
    PROJECT_NOTES,
    OTHER_MATTERS,
    INCOME,
    EXPENDITURE,
    FISCAL_GRANT,
    GENERAL_BUDGET_EXPENDITURE,
    BASIC_EXPENDITURE,
    GOVERNMENT_FUND,
    STATE_CAPITAL
}
