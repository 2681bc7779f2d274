package org.gongkai.importing.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The words of one page that share a baseline, left to right; {@code number} counts from 1 on each
 * page. {@code file} names the file the line was read from when a disclosure is read from several.
 * A value, as a record would be; its text is joined once, as the readers ask for it many times.
 */
final class PdfLine {

    private final String file;
    private final int page;
    private final int number;
    private final float y;
    private final List<Word> words;
    private String text;

    PdfLine(String file, int page, int number, float y, List<Word> words) {
        this.file = file;
        this.page = page;
        this.number = number;
        this.y = y;
        this.words = List.copyOf(words);
    }

    PdfLine(int page, int number, float y, List<Word> words) {
        this(null, page, number, y, words);
    }

    String file() {
        return file;
    }

    int page() {
        return page;
    }

    int number() {
        return number;
    }

    float y() {
        return y;
    }

    List<Word> words() {
        return words;
    }

    /** The same line, read from the named file of several, on a page counted across them. */
    PdfLine in(String fileName, int pageOffset) {
        return new PdfLine(fileName, page + pageOffset, number, y, words);
    }

    /** The line as read: its words joined by single spaces (the page's spacing is not kept). */
    String text() {
        String t = text;
        if (t == null) {
            StringBuilder s = new StringBuilder();
            for (Word w : words) {
                if (!s.isEmpty()) {
                    s.append(' ');
                }
                s.append(w.text());
            }
            t = s.toString();
            text = t; // the words never change, so every thread joins the same text
        }
        return t;
    }

    String place() {
        return (file == null ? "" : file + ", ") + "page " + page + ", line " + number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdfLine l && page == l.page && number == l.number && Float.compare(y, l.y) == 0
                && Objects.equals(file, l.file) && words.equals(l.words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, page, number, y, words);
    }

    @Override
    public String toString() {
        return "PdfLine[file=" + file + ", page=" + page + ", number=" + number + ", y=" + y + ", words=" + words + "]";
    }
}
