package org.gongkai.lifecycle;

import java.util.Locale;

/**
 * What a person may do. A preparer (编制人员) prepares the disclosures of their own departments; a
 * reviewer (财政审核人员) reviews, returns, approves and publishes those of a region and every region
 * below it; an administrator keeps regions, departments and accounts.
 */
public enum Role {
    PREPARER,
    REVIEWER,
    ADMINISTRATOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("/role", "unknown role: " + code + " (preparer, reviewer, administrator)");
        }
    }
}
