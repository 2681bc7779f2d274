package org.gongkai.validation;

import java.util.List;
import java.util.Set;
import org.gongkai.model.Column;
import org.gongkai.model.TableRow;

/**
 * The 类 and 款 lines of a table with the lines printed under them (by code: 20805 under 208,
 * 2080505 under 20805), and the columns either fills: what a rule checks when a parent must be the
 * sum of its children, in a budget or a final account.
 */
public final class ClassificationParents {

    /** A parent line at {@code row}, its children in table order, and the columns any of them fills. */
    public record Parent(int row, TableRow line, List<TableRow> children, Set<Column> columns) {}

    private ClassificationParents() {}

    /** The parents of the lines, in table order; a line with no coded children is none. */
    public static List<Parent> of(List<TableRow> rows) {
        return new TableLines(rows).parents();
    }

    /** The code of the line above: 20805 for 2080505, 208 for 20805. */
    public static String parentCode(String code) {
        return code.substring(0, code.length() - 2);
    }
}
