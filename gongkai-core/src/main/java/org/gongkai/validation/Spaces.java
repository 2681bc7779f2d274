package org.gongkai.validation;

/**
 * Names compared without the spaces a layout put in them ("基 本 支 出" is 基本支出). A plain loop, as
 * rules ask it of every table line on every check; the spaces are those of the regular expression
 * {@code \s}: space, tab, line feed, vertical tab, form feed and carriage return.
 */
public final class Spaces {

    private Spaces() {}

    /** The text without its ASCII white space; the same string when it has none. */
    public static String removed(String text) {
        int first = 0;
        while (first < text.length() && !isSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        b.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
