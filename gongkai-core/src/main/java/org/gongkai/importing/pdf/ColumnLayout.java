package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Column;

/**
 * The amount columns of a table on one page, from its header: each column's label and the centre
 * of that label. Amounts are right-aligned under centred labels, so an amount belongs to the last
 * column whose label centre lies left of the amount's right edge.
 *
 * <p>Labels printed on two lines (事业单位 / 经营收入) are joined; a label above others that
 * subdivide it (基本支出 over 人员经费 and 公用经费, 预算数 over 合计) is a group, not a column, and
 * so is the side label 财政拨款收入 of a two-sided table.
 */
record ColumnLayout(List<Placed> columns, float codeLimit) {

    /** A column and the centre of its header label. */
    record Placed(Column column, float centre) {}

    ColumnLayout {
        columns = List.copyOf(columns);
    }

    static ColumnLayout of(List<PdfLine> header, boolean twoSided, Template template) {
        List<Word> words = header.stream().flatMap(l -> l.words().stream()).toList();
        List<Placed> placed = new ArrayList<>();
        List<Word> used = new ArrayList<>();
        for (Word w : words) {
            if (used.contains(w)) {
                continue;
            }
            Optional<Column> c = template.column(w.text());
            Word label = w;
            if (c.isEmpty()) {
                Optional<Word> below = wordBelow(w, words);
                if (below.isPresent()) {
                    c = template.column(w.text() + below.get().text());
                    if (c.isPresent()) {
                        used.add(below.get());
                        label = new Word(w.text() + below.get().text(), Math.min(w.x0(), below.get().x0()),
                                Math.max(w.x1(), below.get().x1()), w.y(), false);
                    }
                }
            }
            if (c.isPresent()) {
                placed.add(new Placed(c.get(), label.centre()));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::centre));
        placed = withoutGroups(placed, twoSided);
        float codeLimit = placed.isEmpty() ? Float.MAX_VALUE : placed.get(0).centre();
        boolean coded = words.stream().anyMatch(w -> w.text().equals("类"));
        return new ColumnLayout(placed, coded ? codeLimit : Float.NEGATIVE_INFINITY);
    }

    /** The columns in order, as the table names them. */
    List<Column> names() {
        return columns.stream().map(Placed::column).toList();
    }

    boolean isEmpty() {
        return columns.isEmpty();
    }

    /** The column an amount printed with this right edge belongs to. */
    Optional<Column> columnOf(Word amount) {
        Column found = null;
        for (Placed p : columns) {
            if (p.centre() < amount.x1()) {
                found = p.column();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The centre of the first column: income-side names lie left of it in a two-sided table. */
    float firstCentre() {
        return columns.isEmpty() ? Float.MAX_VALUE : columns.get(0).centre();
    }

    /** Whether the table has classification code columns (类 款 项) and the word lies in them. */
    boolean inCodeColumns(Word w) {
        return w.x1() < codeLimit;
    }

    private static Optional<Word> wordBelow(Word w, List<Word> words) {
        return words.stream()
                .filter(o -> o.y() > w.y() + PdfWords.SAME_LINE && o.y() - w.y() < 20)
                .filter(o -> o.x0() < w.x1() && o.x1() > w.x0())
                .min(Comparator.comparingDouble(Word::y));
    }

    private static List<Placed> withoutGroups(List<Placed> placed, boolean twoSided) {
        List<Column> names = placed.stream().map(Placed::column).toList();
        List<Placed> kept = new ArrayList<>();
        boolean firstAmount = true;
        for (Placed p : placed) {
            if (twoSided && p.column() == Column.FISCAL_GRANT) {
                continue;
            }
            if (p.column() == Column.BASIC && (names.contains(Column.PERSONNEL) || names.contains(Column.PUBLIC))) {
                continue;
            }
            if (p.column() == Column.AMOUNT) {
                boolean income = twoSided && firstAmount;
                firstAmount = false;
                if (!income) {
                    if (names.contains(Column.TOTAL)) {
                        continue;
                    }
                    kept.add(new Placed(Column.TOTAL, p.centre()));
                    continue;
                }
            }
            kept.add(p);
        }
        return kept;
    }
}
