package org.gongkai.validation;

import java.util.Objects;

/**
 * What a rule is: its stable id, family, default severity, the basis it rests on, the statement it
 * holds a document to (Chinese and English) and an example of what makes it fire.
 */
public record RuleInfo(
        String id,
        Category category,
        Severity severity,
        String basis,
        String statement,
        String statementEn,
        String example) {

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
