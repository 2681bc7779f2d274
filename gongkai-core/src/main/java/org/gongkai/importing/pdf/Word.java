package org.gongkai.importing.pdf;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A run of glyphs on a page without whitespace in it, with its left and right edges and baseline
 * (PDF points, y growing downwards). {@code spaced} says whether whitespace preceded it in the
 * text run it came from.
 */
record Word(String text, float x0, float x1, float y, boolean spaced) {

    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

    float centre() {
        return (x0 + x1) / 2;
    }

    /** Whether the word is a printed number: 171,915,169, 0, 32.20. */
    boolean isAmount() {
        return AMOUNT.matcher(text).matches();
    }

    /** Whether the word could be one part of a classification code (201, 06, a misprinted 2). */
    boolean isCodePart() {
        return DIGITS.matcher(text).matches();
    }

    /** The number exactly as printed, thousands separators removed. */
    BigDecimal amount() {
        return new BigDecimal(text.replace(",", ""));
    }
}
