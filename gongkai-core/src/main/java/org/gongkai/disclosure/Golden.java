package org.gongkai.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Column;
import org.gongkai.model.TableKind;

/**
 * What a published document prints, written down once by reading it: every table line (table,
 * side, page, code, name, amounts as printed) and its key figures. The harness compares an import
 * with it; tests check the golden itself against the PDF's own text.
 *
 * <p>One file per published file, tab-separated, {@code #} comments:
 * <pre>
 * line  KIND  side  page  code|-  name|-  COLUMN=amount …     (a blank cell has no entry; no entries: an empty line)
 * key   label  table  KIND  side  code|name|-  COLUMN  amount
 * key   label  statement  selector  page  amount
 * printed  page  amount  why
 * </pre>
 * A name {@code -} is a line printed without one (the single line of a 三公 table). A
 * {@code printed} entry is a figure a table prints in a cell the model has no column for (the
 * “三公”经费 小计 beside the 合计 that includes 会议费 and 培训费), said once with the reason, so that
 * the check of the golden against the PDF knows it is not forgotten.
 * where side is one of {@link Side}'s names and a statement selector one of {@link StatementFigure}'s.
 */
public record Golden(String file, List<Line> lines, List<Key> keys, List<Unmodelled> unmodelled) {

    public Golden {
        lines = List.copyOf(lines);
        keys = List.copyOf(keys);
        unmodelled = List.copyOf(unmodelled);
    }

    /** The part of a table a line belongs to. */
    public enum Side {
        INCOME, INCOME_TOTAL, ROWS, TOTAL, PURPOSE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Side of(String label) {
            return valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * One printed table line, on its page (1-based, of the file), its amounts in the order printed;
     * {@code code} is null where none is printed, {@code name} where the line has none.
     */
    public record Line(TableKind table, Side side, int page, String code, String name, Map<Column, BigDecimal> amounts) {

        public Line {
            amounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        }
    }

    /** A printed figure the model keeps no cell for, and why. */
    public record Unmodelled(int page, BigDecimal amount, String why) {}

    /**
     * A key figure: in a table ({@code table} set: its line by code or name, and column) or in the
     * statement ({@code statement} set, printed on {@code page}).
     */
    public record Key(String label, TableKind table, Side side, String line, Column column,
            StatementFigure statement, int page, BigDecimal amount) {

        public boolean inTable() {
            return table != null;
        }
    }

    /** Reads a golden file; a malformed line is an error naming the file and the line. */
    public static Golden read(Path path) {
        List<String> text;
        try {
            text = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<Unmodelled> unmodelled = new ArrayList<>();
        for (int n = 0; n < text.size(); n++) {
            String raw = text.get(n);
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] c = raw.split("\t", -1);
            try {
                switch (c[0]) {
                    case "line" -> lines.add(new Line(TableKind.valueOf(c[1]), Side.of(c[2]), Integer.parseInt(c[3]),
                            c[4].equals("-") ? null : c[4], c[5].equals("-") ? null : c[5],
                            amounts(c.length > 6 ? c[6] : "")));
                    case "printed" -> unmodelled.add(new Unmodelled(Integer.parseInt(c[1]), new BigDecimal(c[2]), c[3]));
                    case "key" -> keys.add(key(c));
                    default -> throw new IllegalArgumentException("unknown entry " + c[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(path + ", line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        String name = path.getFileName().toString();
        return new Golden(name.substring(0, name.length() - ".tsv".length()), lines, keys, unmodelled);
    }

    private static Key key(String[] c) {
        if (c[2].equals("table")) {
            return new Key(c[1], TableKind.valueOf(c[3]), Side.of(c[4]), c[5], Column.valueOf(c[6]), null, 0,
                    new BigDecimal(c[7]));
        }
        if (c[2].equals("statement")) {
            return new Key(c[1], null, null, null, null, StatementFigure.valueOf(c[3]), Integer.parseInt(c[4]),
                    new BigDecimal(c[5]));
        }
        throw new IllegalArgumentException("a key figure is in a table or the statement, not " + c[2]);
    }

    private static Map<Column, BigDecimal> amounts(String cell) {
        Map<Column, BigDecimal> amounts = new LinkedHashMap<>();
        for (String entry : cell.trim().split(" +")) {
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("an amount is COLUMN=value, not " + entry);
            }
            if (amounts.put(Column.valueOf(entry.substring(0, eq)), new BigDecimal(entry.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("a column given twice: " + entry);
            }
        }
        return amounts;
    }

    /** The golden of each file of a document, where one is held (for a file {@code x.pdf}: {@code x.tsv}). */
    public static List<Golden> of(String documentFile, Path goldenFolder) {
        List<Golden> goldens = new ArrayList<>();
        for (String part : documentFile.split(" \\+ ")) {
            String name = Path.of(part).getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path candidate = goldenFolder.resolve((dot > 0 ? name.substring(0, dot) : name) + ".tsv");
            if (Files.isRegularFile(candidate)) {
                goldens.add(read(candidate));
            }
        }
        return goldens;
    }
}
