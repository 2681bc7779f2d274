package org.gongkai.validation.rules.text;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.CheckContext;

/**
 * What the wording rules share: a text with its layout spaces and thousands separators taken out
 * (1,003.69 → 1003.69), and the interval a rounded figure stands for.
 */
final class Wording {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Object FLAT = new Object();

    private Wording() {}

    /**
     * Runs {@code check} on every paragraph of the document's prose that {@code concerns} accepts,
     * with the paragraph's flattened text: the walk the wording rules share.
     */
    static void eachProse(Disclosure d, CheckContext context, java.util.function.Predicate<Texts.Prose> concerns,
            java.util.function.BiConsumer<Texts.Prose, String> check) {
        List<Texts.Prose> prose = Texts.prose(d, context);
        Flats flats = flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            if (concerns.test(at)) {
                check.accept(at, flats.get(index));
            }
        }
    }

    /** The document's prose made flat (see {@link #flat}) when a rule first asks, once per check for all wording rules. */
    static Flats flats(Disclosure d, CheckContext context) {
        return context.memo(d, FLAT, () -> new Flats(Texts.prose(d, context)));
    }

    /** Flat texts by the index of their prose, each made when first asked for. */
    static final class Flats {
        private final List<Texts.Prose> prose;
        private final String[] flat;

        Flats(List<Texts.Prose> prose) {
            this.prose = prose;
            this.flat = new String[prose.size()];
        }

        String get(int index) {
            String f = flat[index];
            if (f == null) {
                Texts.Prose at = prose.get(index);
                // the scan saw no space and no comma: the text is flat as it stands
                f = at.has(Texts.HAS_SPACE_OR_COMMA) ? flat(at.text()) : at.text();
                flat[index] = f;
            }
            return f;
        }
    }

    /** The text without whitespace and without the commas that group digits. */
    static String flat(String text) {
        boolean clean = true;
        for (int i = 0; i < text.length() && clean; i++) {
            char c = text.charAt(i);
            clean = !Texts.isWhitespace(c) && c != ',';
        }
        if (clean) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Texts.isWhitespace(c)) {
                continue;
            }
            if (c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                    && b.length() > 0 && Character.isDigit(b.charAt(b.length() - 1))) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Half the last digit a number is written to: 15.3 → 0.05, 990 → 0.5. */
    static BigDecimal half(String number) {
        int dot = number.indexOf('.');
        int decimals = dot < 0 ? 0 : number.length() - dot - 1;
        return BigDecimal.valueOf(5, decimals + 1); // 10^-decimals / 2, written out rather than divided
    }

    /** Whether a stated percentage fits a part over a whole, each as rounded as it is written. */
    static boolean shareFits(String part, String whole, String percent) {
        BigDecimal p = new BigDecimal(part);
        BigDecimal w = new BigDecimal(whole);
        return fits(p.subtract(half(part)), p.add(half(part)), w.subtract(half(whole)), w.add(half(whole)), percent);
    }

    /**
     * Whether a stated percentage fits a ratio whose numerator and denominator lie in the given ranges. The
     * ratios are not divided out: p ≥ part × 100 / whole is asked as p × whole ≥ part × 100, the whole being
     * positive, which is exact and spares a division for each figure.
     */
    static boolean fits(BigDecimal partLow, BigDecimal partHigh, BigDecimal wholeLow, BigDecimal wholeHigh, String percent) {
        if (wholeHigh.signum() <= 0) {
            return true; // no share of nothing: another rule's concern
        }
        BigDecimal stated = new BigDecimal(percent);
        BigDecimal slack = half(percent);
        // the lowest ratio, less the slack, is not above the stated percentage
        if (stated.add(slack).multiply(wholeHigh).compareTo(partLow.max(BigDecimal.ZERO).multiply(HUNDRED)) < 0) {
            return false;
        }
        // nor the highest ratio, plus the slack, below it (no highest when the whole may be nothing)
        return wholeLow.signum() <= 0 || stated.subtract(slack).multiply(wholeLow).compareTo(partHigh.multiply(HUNDRED)) <= 0;
    }

    /**
     * The sentences (between 。) of a flat text that hold one of the keys, as [start, end) pairs in
     * text order, each once: a wording rule runs its pattern there only, not over the whole text.
     */
    static List<int[]> sentencesWith(String text, String... keys) {
        java.util.TreeMap<Integer, Integer> found = new java.util.TreeMap<>();
        for (String key : keys) {
            int at = text.indexOf(key);
            while (at >= 0) {
                int start = text.lastIndexOf('。', at) + 1;
                int end = text.indexOf('。', at + key.length());
                end = end < 0 ? text.length() : end + 1;
                found.put(start, end);
                at = text.indexOf(key, end);
            }
        }
        List<int[]> sentences = new java.util.ArrayList<>(found.size());
        found.forEach((start, end) -> sentences.add(new int[] {start, end}));
        return sentences;
    }

    /** The excerpt of a flat text around a match, for a finding's message. */
    static String around(String text, int start, int end) {
        return Texts.excerpt(text, start, end);
    }
}
