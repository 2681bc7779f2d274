package org.gongkai.importing.text;

import java.util.regex.Pattern;

/**
 * What text extraction does to a statement, undone: full-width digits, spaces between a digit and a
 * character ("2020 年", "132 号", "≥2000 人"), spaces inside numbers. Spaces between two Chinese
 * characters are kept: they may be in the published document.
 */
final class Cleaning {

    private static final Pattern SPACE_NEXT_TO_DIGIT =
            Pattern.compile("(?<=[0-9])[ \\t\\u3000]+(?=[^ \\t\\u3000A-Za-z0-9.,\\-—])"
                    + "|(?<=[^ \\t\\u3000A-Za-z0-9,.\\-—])[ \\t\\u3000]+(?=[0-9])");

    private Cleaning() {}

    static String clean(String line) {
        StringBuilder s = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '０' && c <= '９') {
                s.append((char) ('0' + (c - '０')));
            } else if (c == '．' && i > 0 && Character.isDigit(line.charAt(i - 1))) {
                s.append('.');
            } else {
                s.append(c);
            }
        }
        return SPACE_NEXT_TO_DIGIT.matcher(s.toString().strip()).replaceAll("");
    }

    /** Whether a line ends a sentence or a clause that the next line does not continue. */
    static boolean endsParagraph(String line) {
        return line.endsWith("。") || line.endsWith("：") || line.endsWith(":") || line.endsWith("；");
    }
}
