package org.gongkai.rendering;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV in UTF-8, built in memory; optionally with a byte-order mark for spreadsheet programs. */
public final class Csv {

    private final List<String> header;
    private final StringBuilder s;

    private Csv(List<String> header, boolean byteOrderMark) {
        this.header = List.copyOf(header);
        this.s = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        row(header);
    }

    /** A CSV for programs: no byte-order mark (open data). */
    public static Csv of(List<String> header) {
        return new Csv(header, false);
    }

    /** A CSV for people: with a byte-order mark, so that spreadsheet programs read the Chinese right. */
    public static Csv forSpreadsheets(List<String> header) {
        return new Csv(header, true);
    }

    public List<String> header() {
        return header;
    }

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                s.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                s.append(c);
            }
        }
        s.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
