package org.gongkai.server.pages;

import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.WorkflowException;

/**
 * The {@code kind} parameter of pages and the API: {@code budget} (the default) or {@code final}
 * ({@code final_accounts} too), for a department's budget (预算) or final accounts (决算) of a year.
 */
public final class Kinds {

    private Kinds() {
    }

    public static DisclosureKind of(String parameter) {
        if (parameter == null || parameter.isBlank() || parameter.equals("budget")) {
            return DisclosureKind.BUDGET;
        }
        if (parameter.equals("final") || parameter.equals(DisclosureKind.FINAL_ACCOUNTS.code())) {
            return DisclosureKind.FINAL_ACCOUNTS;
        }
        throw WorkflowException.invalid("/kind", "kind is budget or final, not " + parameter + " (类型须为预算或决算)");
    }
}
