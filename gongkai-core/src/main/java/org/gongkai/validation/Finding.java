package org.gongkai.validation;

import java.util.Objects;
import org.gongkai.model.Amount;

/**
 * What a rule found, and exactly where: the rule's stable id, its category and severity, a JSON
 * pointer into the canonical document, the item in the document's own words, the message in
 * Chinese and English, and where numbers are involved the expected and actual amounts and their
 * difference (actual − expected).
 */
public record Finding(
        String rule,
        Category category,
        Severity severity,
        String path,
        String subject,
        String message,
        String messageEn,
        Amount expected,
        Amount actual,
        Amount difference) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public String message(Language language) {
        return language == Language.EN ? messageEn : message;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, category, s, path, subject, message, messageEn, expected, actual, difference);
    }
}
