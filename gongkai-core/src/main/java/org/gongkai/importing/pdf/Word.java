package org.gongkai.importing.pdf;

import java.math.BigDecimal;

/**
 * A run of glyphs on a page without whitespace in it, with its left and right edges and baseline
 * (PDF points, y growing downwards). {@code spaced} says whether whitespace preceded it in the
 * text run it came from.
 */
record Word(String text, float x0, float x1, float y, boolean spaced) {

    float centre() {
        return (x0 + x1) / 2;
    }

    /**
     * Whether the word is a printed number: 171,915,169, 0, 32.20 (an optional minus, digits with
     * commas only between groups of three after a first group of one to three, optional decimals).
     * Asked of every word of every table line, so it is a walk over the characters, not a pattern.
     */
    boolean isAmount() {
        int i = text.startsWith("-") ? 1 : 0;
        int lead = digits(i);
        if (lead == 0) {
            return false;
        }
        i += lead;
        if (i < text.length() && text.charAt(i) == ',') {
            if (lead > 3) {
                return false;
            }
            while (i < text.length() && text.charAt(i) == ',') {
                if (digits(i + 1) < 3) {
                    return false;
                }
                i += 4;
            }
        }
        if (i < text.length() && text.charAt(i) == '.') {
            int decimals = digits(i + 1);
            if (decimals == 0) {
                return false;
            }
            i += 1 + decimals;
        }
        return i == text.length();
    }

    /** Whether the word could be one part of a classification code (201, 06, a misprinted 2). */
    boolean isCodePart() {
        int n = text.length();
        return n >= 1 && n <= 3 && digits(0) == n;
    }

    /** How many ASCII digits (what a pattern's \d means) stand in a row from {@code from}. */
    private int digits(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** The number exactly as printed, thousands separators removed. */
    BigDecimal amount() {
        return new BigDecimal(text.replace(",", ""));
    }
}
