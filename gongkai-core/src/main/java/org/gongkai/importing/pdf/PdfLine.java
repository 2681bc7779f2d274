package org.gongkai.importing.pdf;

import java.util.List;

/** The words of one page that share a baseline, left to right; {@code number} counts from 1 on each page. */
record PdfLine(int page, int number, float y, List<Word> words) {

    PdfLine {
        words = List.copyOf(words);
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
        return "page " + page + ", line " + number;
    }
}
