package org.gongkai.model;

/** Which kind of disclosure a document is. */
public enum DocumentKind {
    /** 部门预算: a department with its subordinate units. */
    DEPARTMENT_BUDGET("部门预算"),
    /** 单位预算: one budget unit. */
    UNIT_BUDGET("单位预算"),
    /** 部门决算: a department's final accounts for a fiscal year, with its subordinate units. */
    DEPARTMENT_FINAL_ACCOUNTS("部门决算"),
    /** 单位决算: one budget unit's final accounts. */
    UNIT_FINAL_ACCOUNTS("单位决算");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the document reports what was spent (决算) rather than what is planned (预算). */
    public boolean isFinalAccounts() {
        return this == DEPARTMENT_FINAL_ACCOUNTS || this == UNIT_FINAL_ACCOUNTS;
    }
}
