package org.gongkai.lifecycle;

import java.util.Locale;
import java.util.Objects;
import org.gongkai.model.DocumentKind;

/**
 * Which of a department's two disclosures of a year a stored disclosure is: its budget (预算: 部门预算,
 * 单位预算), published in spring, or its final accounts (决算: 部门决算, 单位决算), published in summer. A
 * department has at most one of each per fiscal year, each with its own versions and deadline.
 */
public enum DisclosureKind {
    BUDGET,
    FINAL_ACCOUNTS;

    /** The kind of disclosure a document of that kind is stored as. */
    public static DisclosureKind of(DocumentKind kind) {
        return Objects.requireNonNull(kind, "kind").isFinalAccounts() ? FINAL_ACCOUNTS : BUDGET;
    }

    /** The value stored in {@code disclosures.kind}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DisclosureKind ofCode(String code) {
        for (DisclosureKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown disclosure kind: " + code);
    }

    /** The word in the audit log's name of a version: {@code disclosures} for a budget, {@code final-accounts}. */
    public String subjectWord() {
        return this == BUDGET ? "disclosures" : "final-accounts";
    }
}
