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
        Map<String, List<TableRow>> childrenOf = new HashMap<>();
        for (int r = 0; r < levels.length; r++) {
            String code = rows.get(r).code();
            if (levels[r] != null && code.length() >= 5) {
                childrenOf.computeIfAbsent(ClassificationParents.parentCode(code), k -> new ArrayList<>()).add(rows.get(r));
            }
        }
        List<ClassificationParents.Parent> found = new ArrayList<>();
        if (childrenOf.isEmpty()) {
            return found;
        }
        for (int r = 0; r < levels.length; r++) {
            if (levels[r] == null || levels[r] == ClassificationLevel.ITEM) {
                continue;
            }
            TableRow parent = rows.get(r);
            List<TableRow> children = childrenOf.get(parent.code());
            if (children == null) {
                continue;
            }
            Set<Column> columns = EnumSet.noneOf(Column.class);
            columns.addAll(parent.amounts().keySet());
            for (TableRow child : children) {
                columns.addAll(child.amounts().keySet());
            }
            found.add(new ClassificationParents.Parent(r, parent, List.copyOf(children), Collections.unmodifiableSet(columns)));
        }
        return found;
    }
}
