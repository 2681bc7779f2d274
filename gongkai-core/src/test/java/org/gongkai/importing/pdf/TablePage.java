package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.TableKind;

/**
 * One table's page laid out word by word, as the table reader tests state it: each word at its left
 * edge on its baseline, as wide as its characters (one width for figures, another for the rest), the
 * page's lines numbered in the order they are given.
 */
final class TablePage {

    private final float glyph;
    private final float digit;
    private final List<PdfLine> lines = new ArrayList<>();

    /** A page whose characters are {@code glyph} points wide, and its figures' characters {@code digit}. */
    TablePage(float glyph, float digit) {
        this.glyph = glyph;
        this.digit = digit;
    }

    /** A line on baseline {@code y}: its words, each followed by its left edge. */
    void line(float y, Object... words) {
        List<Word> ws = new ArrayList<>();
        for (int k = 0; k < words.length; k += 2) {
            String text = (String) words[k];
            float x = ((Number) words[k + 1]).floatValue();
            float width = (text.matches("[\\d,.]+") ? digit : glyph) * text.length();
            ws.add(new Word(text, x, x + width, y, false));
        }
        lines.add(new PdfLine(1, lines.size() + 1, y, ws));
    }

    /** The table the page holds, its title on the first line. */
    TableReader.Read read(TableKind kind, String title, String number, Template template) {
        return TableReader.read(lines, new TableFinder.Title(0, kind, title), lines.size(), number, template);
    }
}
