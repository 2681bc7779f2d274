package org.gongkai.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.TableRow;

/**
 * The lines of one table as the rules look them up: the level each line's code gives it (类, 款, 项),
 * the 类 lines, the first line of each code, and the 类 and 款 lines with the lines printed under them.
 * Several rules of a check ask the same of the same table, so the {@link CheckContext} builds this
 * index once per table and check ({@link CheckContext#lines}); each part is made when first asked for.
 */
public final class TableLines {

    private final List<TableRow> rows;
    private final ClassificationLevel[] levels;
    private List<TableRow> categories;
    private Map<String, Integer> byCode;
    private List<ClassificationParents.Parent> parents;

    public TableLines(List<TableRow> rows) {
        this.rows = rows;
        this.levels = new ClassificationLevel[rows.size()];
        for (int r = 0; r < levels.length; r++) {
            levels[r] = rows.get(r).level().orElse(null);
        }
    }

    public List<TableRow> rows() {
        return rows;
    }

    /** The level of the line at {@code row}, or null when its code gives none. */
    public ClassificationLevel level(int row) {
        return levels[row];
    }

    /** The 类 lines, in table order. */
    public List<TableRow> categories() {
        if (categories == null) {
            List<TableRow> found = new ArrayList<>();
            for (int r = 0; r < levels.length; r++) {
                if (levels[r] == ClassificationLevel.CATEGORY) {
                    found.add(rows.get(r));
                }
            }
            categories = Collections.unmodifiableList(found);
        }
        return categories;
    }

    /** Where the first line with this code stands, or -1. */
    public int indexOf(String code) {
        if (byCode == null) {
            Map<String, Integer> index = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).code() != null) {
                    index.putIfAbsent(rows.get(r).code(), r);
                }
            }
            byCode = index;
        }
        Integer at = byCode.get(code);
        return at == null ? -1 : at;
    }

    /**
     * The 类 and 款 lines that have lines under them (by code: 20805 under 208, 2080505 under 20805), in
     * table order, each with its children in table order and the columns any of them fills.
     */
    public List<ClassificationParents.Parent> parents() {
        if (parents == null) {
            parents = Collections.unmodifiableList(gatherParents());
        }
        return parents;
    }

    private List<ClassificationParents.Parent> gatherParents() {
        int n = levels.length;
        // each coded line's code, found again by its hash without taking substrings: the slots of an open table
        int[] slots = new int[Integer.highestOneBit(Math.max(n, 1) * 2) * 2];
        java.util.Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int r = 0; r < n; r++) {
            if (levels[r] != null) {
                int slot = slot(rows.get(r).code().hashCode(), mask);
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = r;
            }
        }
        // the children of each code, held at the first line with that code, as lists linked through the lines
        int[] firstChild = new int[n];
        int[] lastChild = new int[n];
        int[] nextChild = new int[n];
        java.util.Arrays.fill(firstChild, -1);
        boolean any = false;
        for (int r = 0; r < n; r++) {
            String code = rows.get(r).code();
            if (levels[r] == null || code.length() < 5) {
                continue;
            }
            int parent = firstWith(code, code.length() - 2, slots, mask);
            if (parent < 0) {
                continue;
            }
            nextChild[r] = -1;
            if (firstChild[parent] < 0) {
                firstChild[parent] = r;
            } else {
                nextChild[lastChild[parent]] = r;
            }
            lastChild[parent] = r;
            any = true;
        }
        List<ClassificationParents.Parent> found = new ArrayList<>();
        if (!any) {
            return found;
        }
        // the columns each line fills, one bit each, read once per line though a line is parent and child
        long[] columnMasks = new long[n];
        java.util.Arrays.fill(columnMasks, UNREAD);
        for (int r = 0; r < n; r++) {
            if (levels[r] == null || levels[r] == ClassificationLevel.ITEM) {
                continue;
            }
            TableRow parent = rows.get(r);
            int first = firstChild[firstWith(parent.code(), parent.code().length(), slots, mask)];
            if (first < 0) {
                continue;
            }
            List<TableRow> children = new ArrayList<>();
            long filled = columnsOf(r, columnMasks);
            for (int c = first; c >= 0; c = nextChild[c]) {
                children.add(rows.get(c));
                filled |= columnsOf(c, columnMasks);
            }
            Set<Column> columns = EnumSet.noneOf(Column.class);
            for (long m = filled; m != 0; m &= m - 1) {
                columns.add(COLUMNS[Long.numberOfTrailingZeros(m)]);
            }
            found.add(new ClassificationParents.Parent(r, parent, Collections.unmodifiableList(children),
                    Collections.unmodifiableSet(columns)));
        }
        return found;
    }

    private static final Column[] COLUMNS = Column.values();
    /** A mask no line has: the top bit stands for no column (there are fewer than 64). */
    private static final long UNREAD = Long.MIN_VALUE;

    static {
        if (COLUMNS.length > 63) {
            throw new IllegalStateException("the columns of a line are held as bits of a long: at most 63");
        }
    }

    private long columnsOf(int row, long[] masks) {
        if (masks[row] == UNREAD) {
            long m = 0;
            for (Column c : rows.get(row).amounts().keySet()) {
                m |= 1L << c.ordinal();
            }
            masks[row] = m;
        }
        return masks[row];
    }

    /**
     * Where a code's hash goes in the open table: its bits mixed first, as the hashes of codes that differ in
     * their last digit differ by one and would otherwise fill neighbouring slots in long runs.
     */
    private static int slot(int hash, int mask) {
        return ((hash * 0x9E3779B9) ^ (hash >>> 16)) & mask;
    }

    /** The first coded line whose code is the first {@code length} characters of {@code code}, or -1. */
    private int firstWith(String code, int length, int[] slots, int mask) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + code.charAt(i);
        }
        int first = -1;
        for (int slot = slot(hash, mask); slots[slot] >= 0; slot = (slot + 1) & mask) {
            String other = rows.get(slots[slot]).code();
            if (other.length() == length && code.regionMatches(0, other, 0, length) && (first < 0 || slots[slot] < first)) {
                first = slots[slot];
            }
        }
        return first;
    }
}
