package org.gongkai.model;

/** Which kind of disclosure a document is. */
public enum DocumentKind {
    /** 部门预算: a department with its subordinate units. */
    DEPARTMENT_BUDGET("部门预算"),
    /** 单位预算: one budget unit. */
    UNIT_BUDGET("单位预算");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
