package org.gongkai.workflow;

/**
 * The title of a canonical document read from its text without binding it: listing a disclosure
 * needs its title only, and binding a whole document for it would cost the reader every table.
 */
final class DocumentTitle {

    private DocumentTitle() {
    }

    /** The value of the first {@code "title"} in the JSON text, or null. */
    static String of(String json) {
        int at = json.indexOf("\"title\"");
        if (at < 0) {
            return null;
        }
        int start = json.indexOf('"', json.indexOf(':', at) + 1);
        int end = start;
        while (end >= 0) {
            end = json.indexOf('"', end + 1);
            if (end > 0 && json.charAt(end - 1) != '\\') {
                break;
            }
        }
        return start < 0 || end < 0 ? null : json.substring(start + 1, end);
    }
}
