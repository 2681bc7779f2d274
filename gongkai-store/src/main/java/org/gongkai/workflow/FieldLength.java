package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

/**
 * The longest text each field of a request may hold: the width of the column that keeps it. A text
 * over it is refused as {@link WorkflowException.Kind#INVALID} with its pointer, before the
 * database would fail on it.
 */
final class FieldLength {

    private FieldLength() {}

    /** The value itself if it is null or at most {@code max} characters long. */
    static String atMost(String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            throw WorkflowException.invalid(pointer, "最多 " + max + " 个字符 (at most " + max + " characters, "
                    + value.length() + " given)");
        }
        return value;
    }
}
