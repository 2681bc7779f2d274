package org.gongkai.workflow;

import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;

/** What a saved draft must keep, and how warnings and entity tags are named in requests. */
final class Drafts {

    private Drafts() {
    }

    /** How an acknowledgement names the warning it answers: rule id and JSON pointer. */
    static String key(String rule, String path) {
        return rule + " " + path;
    }

    static String describe(DisclosureKind kind) {
        return kind == DisclosureKind.BUDGET ? "a budget disclosure" : "final accounts";
    }

    /** A save keeps the disclosure's kind: a budget does not turn into a 决算, nor the other way. */
    static void requireSameKind(StoredVersion head, Disclosure disclosure) {
        if (DisclosureKind.of(disclosure.document().kind()) != head.kind()) {
            throw WorkflowException.invalid("/document/kind", "this disclosure is " + describe(head.kind()) + ", not "
                    + disclosure.document().kind().label() + " (公开类型不可更改)");
        }
    }

    static String unquote(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
