package org.gongkai.importing.xlsx;

import java.util.regex.Pattern;

/** How labels are compared: spaces (including 全角空格) are ignored and 全角括号 are read as plain ones. */
final class Labels {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private Labels() {}

    static String normalise(String text) {
        return SPACES.matcher(text).replaceAll("").replace('（', '(').replace('）', ')');
    }
}
