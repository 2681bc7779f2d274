package org.gongkai.model.profile;

/** The sections of a budget statement, whatever a template numbers or titles them. */
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
    OTHER_MATTERS
}
