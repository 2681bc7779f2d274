package org.gongkai.importing.pdf;

import java.util.List;

/**
 * The words of one page that share a baseline, left to right; {@code number} counts from 1 on each
 * page. {@code file} names the file the line was read from when a disclosure is read from several.
 */
record PdfLine(String file, int page, int number, float y, List<Word> words) {

    PdfLine {
        words = List.copyOf(words);
    }

    PdfLine(int page, int number, float y, List<Word> words) {
        this(null, page, number, y, words);
    }

    /** The same line, read from the named file of several, on a page counted across them. */
    PdfLine in(String fileName, int pageOffset) {
        return new PdfLine(fileName, page + pageOffset, number, y, words);
    }

    /** The line as read: its words joined by single spaces (the page's spacing is not kept). */
    String text() {
        StringBuilder s = new StringBuilder();
        for (Word w : words) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(w.text());
        }
        return s.toString();
    }

    String place() {
        return (file == null ? "" : file + ", ") + "page " + page + ", line " + number;
    }
}
