package org.gongkai.rendering;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8, built in memory; optionally with a byte-order mark for spreadsheet programs.
 * Every CSV is safe to open in a spreadsheet: a text cell beginning with {@code = + - @}, a tab or a
 * carriage return, which a spreadsheet would run as a formula, is written with a leading
 * apostrophe ({@link #formulaSafe}); numbers (-12.50, +3, 1e5) stay numbers.
 */
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
            String c = formulaSafe(cells.get(i));
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                s.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                s.append(c);
            }
        }
        s.append("\r\n");
        return this;
    }

    /** A plain number: optional sign, digits, optional fraction and exponent. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** The cell as a spreadsheet will show it and never run it: see the class comment. */
    static String formulaSafe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    public byte[] bytes() {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
