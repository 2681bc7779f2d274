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
record ColumnLayout(List<Placed> columns, float codeLimit, List<Float> sides, Column side) {

    /** A column and the centre of its header label; a null column is a label whose meaning is unsure. */
    record Placed(Column column, float centre, float x0, float x1, float y) {

        Placed(Column column, float centre) {
            this(column, centre, centre, centre, 0);
        }

        Placed as(Column other) {
            return new Placed(other, centre, x0, x1, y);
        }
    }

    /** How many lines a header cell may be broken over (公务用车 / 运行维护 / 费). */
    private static final int MAX_STACK = 3;

    /**
     * The most a header cell's next line lies below its line (points), for a header printed at the usual
     * size; a header printed larger allows two of its own line pitches (a cell broken around a label
     * of the next column: 基 / 合计 / 本支出).
     */
    private static final float STACK_GAP = 24f;
    /** How many of the header's line pitches a header cell's next line may lie below its line. */
    private static final float STACK_PITCHES = 2.05f;

    ColumnLayout {
        columns = List.copyOf(columns);
        sides = List.copyOf(sides);
    }

    /** Whether amounts under this column lie on the income side of a two-sided table. */
    boolean isIncomeSide(Column column) {
        return side != null && column == side;
    }

    /**
     * Whether the table has three sides (income, expenditure by function, expenditure by purpose):
     * three amount labels (金额) in a two-sided table's header.
     */
    boolean threeSided() {
        return sides.size() >= 3;
    }

    /** Where the purpose side begins: right of the second side's amount label. */
    float purposeStart() {
        return sides.get(1);
    }

    /** Whether an amount printed with this right edge lies in the purpose side's amount column. */
    boolean inPurposeAmounts(Word amount) {
        return threeSided() && amount.x1() > sides.get(2);
    }

    static ColumnLayout of(List<PdfLine> header, boolean twoSided, Template template) {
        List<Word> words = header.stream().flatMap(l -> l.words().stream()).toList();
        float gap = Math.max(STACK_GAP, STACK_PITCHES * pitch(words));
        List<Placed> placed = new ArrayList<>();
        List<Word> used = new ArrayList<>();
        for (Word w : words) {
            if (used.contains(w)) {
                continue;
            }
            Optional<Column> c = template.column(w.text());
            Word label = w;
            List<Word> stack = new ArrayList<>(List.of(w));
            while (c.isEmpty() && stack.size() < MAX_STACK) {
                Optional<Word> below = wordBelow(stack.get(stack.size() - 1), words, gap);
                if (below.isEmpty() || used.contains(below.get())) {
                    break;
                }
                stack.add(below.get());
                String text = String.join("", stack.stream().map(Word::text).toList());
                c = template.column(text);
                if (c.isPresent()) {
                    used.addAll(stack.subList(1, stack.size()));
                    label = new Word(text, (float) stack.stream().mapToDouble(Word::x0).min().orElse(w.x0()),
                            (float) stack.stream().mapToDouble(Word::x1).max().orElse(w.x1()), w.y(), false);
                }
            }
            if (c.isPresent()) {
                placed.add(new Placed(c.get(), label.centre(), label.x0(), label.x1(), label.y()));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::centre));
        Column side = twoSided ? sideLabel(placed) : null;
        placed = withoutDuplicates(placed, side);
        List<Float> sides = twoSided ? placed.stream().filter(p -> p.column() == side).map(Placed::centre).toList()
                : List.of();
        if (template.profile().kind() != null && template.profile().kind().isFinalAccounts()) {
            placed = withoutSpanning(placed);
        }
        placed = withoutGroups(placed, side);
        float codeLimit = placed.isEmpty() ? Float.MAX_VALUE : placed.get(0).centre();
        boolean coded = words.stream().anyMatch(w -> w.text().equals("类"));
        return new ColumnLayout(placed, coded ? codeLimit : Float.NEGATIVE_INFINITY, sides, side);
    }

    /**
     * The amount label of a two-sided table's sides: 预算数 where printed, else 决算数 when it is the first
     * label, heading the income side of a 决算's summary.
     */
    private static Column sideLabel(List<Placed> placed) {
        if (placed.stream().anyMatch(p -> p.column() == Column.AMOUNT) || placed.isEmpty()) {
            return Column.AMOUNT;
        }
        return placed.get(0).column() == Column.OUTTURN ? Column.OUTTURN : Column.AMOUNT;
    }

    /**
     * A label printed above others on both sides of its centre is a group (本年支出 over 小计, 基本支出 and
     * 项目支出), not a column of its own. Only in the 决算 templates: the budget templates of the corpus print
     * some sums over their parts in the place of their column (the Jiangsu 三公 tables lose an amount each).
     */
    private static List<Placed> withoutSpanning(List<Placed> placed) {
        List<Placed> kept = new ArrayList<>();
        for (Placed p : placed) {
            float margin = p.x1() - p.x0();
            List<Placed> under = placed.stream().filter(o -> o.y() > p.y() + PdfWords.SAME_LINE
                    && o.centre() >= p.x0() - margin && o.centre() <= p.x1() + margin).toList();
            boolean spans = under.stream().anyMatch(o -> o.centre() < p.centre() - margin / 4)
                    && under.stream().anyMatch(o -> o.centre() > p.centre() + margin / 4);
            if (!spans || margin <= 0) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The columns in order, as the table names them. */
    List<Column> names() {
        return columns.stream().map(Placed::column).filter(java.util.Objects::nonNull).toList();
    }

    boolean isEmpty() {
        return columns.isEmpty();
    }

    /** The column an amount printed with this right edge belongs to. */
    Optional<Column> columnOf(Word amount) {
        if (columns.size() == 1) {
            return Optional.ofNullable(columns.get(0).column()); // one amount column: every amount is in it
        }
        if (amount.x1() <= firstCentre()) {
            return columns.stream().filter(p -> amount.x0() < p.x1() && amount.x1() > p.x0()).findFirst()
                    .map(Placed::column);
        }
        Column found = null;
        for (Placed p : columns) {
            if (p.centre() < amount.x1()) {
                found = p.column();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether the word stands in an amount column: right of the first column's centre (amounts are
     * right-aligned under centred labels), or under a label's extent (a narrow number centred under a
     * wide label, 370.00 under 机关运行经费支出).
     */
    boolean inAmounts(Word w) {
        return w.x1() > firstCentre() || names().size() == 1 && columns.size() == 1 || columns.stream().anyMatch(p -> w.x0() < p.x1() && w.x1() > p.x0());
    }

    /** The centre of the first column: income-side names lie left of it in a two-sided table. */
    float firstCentre() {
        return columns.isEmpty() ? Float.MAX_VALUE : columns.get(0).centre();
    }

    /** Whether the table has classification code columns (类 款 项) and the word lies in them. */
    boolean inCodeColumns(Word w) {
        return w.x1() < codeLimit;
    }

    /**
     * The header's line pitch (0 for a header of one line): the smallest distance between two baselines of
     * words one above the other, the lines of one cell. Cells of different heights are centred apart, so
     * baselines of neighbouring cells may lie much closer than the lines within a cell (the 2017 Jiangsu
     * 三公 header: 7 points between neighbours, 29.5 within 因公 / 出国 / （境）费).
     */
    private static float pitch(List<Word> words) {
        float pitch = Float.MAX_VALUE;
        for (Word a : words) {
            for (Word b : words) {
                float d = b.y() - a.y();
                if (d > PdfWords.SAME_LINE && d < pitch && overlaps(a, b)) {
                    pitch = d;
                }
            }
        }
        return pitch == Float.MAX_VALUE ? 0f : pitch;
    }

    /** How far apart (points) two pieces of one header cell may lie side by side: centred pieces touch. */
    private static final float TOUCH = 2f;

    private static boolean overlaps(Word a, Word b) {
        return b.x0() < a.x1() + TOUCH && b.x1() > a.x0() - TOUCH;
    }

    private static Optional<Word> wordBelow(Word w, List<Word> words, float gap) {
        return words.stream()
                .filter(o -> o.y() > w.y() + PdfWords.SAME_LINE && o.y() - w.y() < gap)
                .filter(o -> overlaps(w, o))
                .min(Comparator.comparingDouble(Word::y));
    }

    /**
     * A label printed twice names two columns whose difference the header shows only by what stands
     * above them (小计 of the 三公 and 小计 of the vehicles): both are kept as columns of unsure meaning,
     * so their amounts are reported, not filed under the wrong column, unless a label naming the same
     * column stands over exactly one of them (公务用车购置及运行维护费 over its own 小计): that one is the
     * column, and the label over it is its group. The amount labels of a two-sided table's sides are
     * not duplicates.
     */
    private static List<Placed> withoutDuplicates(List<Placed> placed, Column sideLabel) {
        List<Placed> kept = new ArrayList<>();
        for (Placed p : placed) {
            List<Placed> same = placed.stream().filter(o -> o.column() == p.column()).toList();
            boolean twice = same.size() > 1;
            boolean side = sideLabel != null && p.column() == sideLabel;
            if (!twice || side) {
                kept.add(p);
                continue;
            }
            List<Placed> groups = same.stream().filter(g -> same.stream().anyMatch(o -> over(g, o))).toList();
            if (groups.size() == 1 && same.stream().filter(o -> over(groups.get(0), o)).count() == 1) {
                if (over(groups.get(0), p)) {
                    kept.add(p); // the one the label of its column stands over
                } else if (p != groups.get(0)) {
                    kept.add(new Placed(null, p.centre(), p.x0(), p.x1(), p.y()));
                }
                continue; // the group label itself is no column
            }
            kept.add(new Placed(null, p.centre(), p.x0(), p.x1(), p.y()));
        }
        return kept;
    }

    /**
     * Whether the label {@code group} is printed above {@code label}, near enough to span it: a group
     * label is centred over all its columns, so its first column's label may begin left of it, by up
     * to half its width.
     */
    private static boolean over(Placed group, Placed label) {
        float margin = (group.x1() - group.x0()) / 2;
        return group != label && label.y() > group.y() + PdfWords.SAME_LINE && label.centre() >= group.x0() - margin
                && label.centre() <= group.x1();
    }

    private static List<Placed> withoutGroups(List<Placed> placed, Column side) {
        boolean twoSided = side != null;
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
            if (p.column() == Column.AMOUNT || (twoSided && p.column() == side)) {
                boolean income = twoSided && firstAmount;
                firstAmount = false;
                if (!income) {
                    if (names.contains(Column.TOTAL)) {
                        continue;
                    }
                    kept.add(p.as(Column.TOTAL));
                    continue;
                }
            }
            kept.add(p);
        }
        return kept;
    }
}
