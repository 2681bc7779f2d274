package org.gongkai.server.pages;

/**
 * JSON made safe to embed in an HTML {@code <script type="application/json">} element, whose text
 * the page reads with {@code JSON.parse}: every {@code <}, {@code >} and {@code &} becomes a
 * {@code \\u} escape, so that no text of a document ({@code </script>}, {@code <!--}, a tag) can
 * end the element, open a comment or read as markup, and the text parses back to exactly what was
 * written. Those characters occur only inside strings in JSON, where the escape means the same
 * character. The line and paragraph separators U+2028 and U+2029 are escaped too.
 */
public final class ScriptJson {

    private ScriptJson() {}

    /** The JSON text with its markup characters escaped. */
    public static String escape(String json) {
        StringBuilder s = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> s.append("\\u003c");
                case '>' -> s.append("\\u003e");
                case '&' -> s.append("\\u0026");
                case '\u2028' -> s.append("\\u2028");
                case '\u2029' -> s.append("\\u2029");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
