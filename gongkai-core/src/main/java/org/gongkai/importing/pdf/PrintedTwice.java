package org.gongkai.importing.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text printed twice over on a page (a heading made bold by printing it again a fraction of a point
 * aside) is read once: a glyph is dropped when the same text was kept on the page within a third of
 * its width per character of it, across and down. That is the text stripper's own rule, to the same
 * float and the same half-open ranges, and this replaces it: PDFBox keeps the glyphs in tree maps of
 * boxed coordinates, a map and a set made for every glyph kept, which cost a twentieth of the time of
 * an audit. Here the glyphs of each text are kept in two arrays ordered across the page.
 */
final class PrintedTwice {

    private final Map<String, Kept> kept = new HashMap<>();

    /** Forgets the glyphs kept: a page starts. */
    void clear() {
        kept.clear();
    }

    /**
     * Whether the glyph repeats one kept before on the page; a glyph that does not is kept.
     *
     * @throws IllegalArgumentException where the stripper's maps would throw: a glyph of negative
     *         width, whose range across the page ends before it starts (the file is then refused as
     *         PDFBox would refuse it)
     */
    boolean repeats(TextPosition glyph) {
        String text = glyph.getUnicode();
        float x = glyph.getX();
        float y = glyph.getY();
        float tolerance = glyph.getWidth() / text.length() / 3.0f;
        float fromX = x - tolerance;
        float toX = x + tolerance;
        if (Float.compare(fromX, toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        Kept same = kept.computeIfAbsent(text, t -> new Kept());
        if (same.anyWithin(fromX, toX, y - tolerance, y + tolerance)) {
            return true;
        }
        same.add(x, y);
        return false;
    }

    /**
     * The glyphs of one text kept on the page, ordered by x as {@link Float#compare} orders them (the
     * order of the stripper's map keys, -0 before 0 and NaN last).
     */
    private static final class Kept {

        private float[] xs = new float[8];
        private float[] ys = new float[8];
        private int size;

        /** Whether a glyph lies in [fromX, toX) across and [fromY, toY) down. */
        boolean anyWithin(float fromX, float toX, float fromY, float toY) {
            for (int i = firstAtOrAfter(fromX); i < size && Float.compare(xs[i], toX) < 0; i++) {
                if (Float.compare(ys[i], fromY) >= 0 && Float.compare(ys[i], toY) < 0) {
                    return true;
                }
            }
            return false;
        }

        void add(float x, float y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            int at = firstAtOrAfter(x);
            System.arraycopy(xs, at, xs, at + 1, size - at);
            System.arraycopy(ys, at, ys, at + 1, size - at);
            xs[at] = x;
            ys[at] = y;
            size++;
        }

        private int firstAtOrAfter(float x) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (Float.compare(xs[middle], x) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
