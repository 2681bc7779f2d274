package org.gongkai.validation;

import java.util.Objects;

/**
 * What a rule is: its stable id, family, default severity, the basis it rests on, the statement it
 * holds a document to (Chinese and English), an example of what makes it fire and, where given, one
 * it stays silent on.
 */
public record RuleInfo(
        String id,
        Category category,
        Severity severity,
        String basis,
        String statement,
        String statementEn,
        String example,
        String silentExample) {

    /** A rule documented with an example that makes it fire only. */
    public RuleInfo(String id, Category category, Severity severity, String basis, String statement, String statementEn,
            String example) {
        this(id, category, severity, basis, statement, statementEn, example, null);
    }

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(statementEn, "statementEn");
        Objects.requireNonNull(example, "example");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule id must be lower kebab case: " + id);
        }
    }
}
