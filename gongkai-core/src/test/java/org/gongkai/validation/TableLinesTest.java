package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableRow;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index of a table's lines that a check shares between rules gives, on the tables of the real
 * documents, what the rules computed line by line before: each line's level, the 类 lines, the first
 * line of a code, and each 类 or 款 with the lines whose code extends its own by two digits.
 */
class TableLinesTest {

    private static Disclosure document(String which) {
        return switch (which) {
            case "czj" -> Documents.read(Documents.CZJ);
            case "final" -> Documents.read(Documents.FINAL);
            default -> Documents.read(Examples.resource("/shanghai/putuo-wanli-2024.yaml"));
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"czj", "putuo", "final"})
    void indexesEveryTableAsTheLinesSay(String which) {
        Disclosure d = document(which);
        int parentsSeen = 0;
        for (BudgetTable t : d.tables()) {
            List<TableRow> rows = t.rows();
            TableLines lines = new CheckContext(null, CheckContext.DEFAULT_CROSS_UNIT_TOLERANCE).lines(t);
            for (int r = 0; r < rows.size(); r++) {
                assertThat(lines.level(r)).isEqualTo(rows.get(r).level().orElse(null));
                String code = rows.get(r).code();
                if (code != null) {
                    assertThat(lines.indexOf(code)).as(code).isEqualTo(firstWithCode(rows, code));
                }
            }
            assertThat(lines.indexOf("no such code")).isEqualTo(-1);
            assertThat(lines.categories()).containsExactlyElementsOf(
                    rows.stream().filter(r -> r.level().orElse(null) == ClassificationLevel.CATEGORY).toList());
            List<String> expected = spelled(parentsOneByOne(rows));
            assertThat(spelled(lines.parents())).as(t.title()).containsExactlyElementsOf(expected);
            parentsSeen += expected.size();
        }
        assertThat(parentsSeen).as("lines with lines under them in " + which).isGreaterThan(5);
    }

    /** Lines real tables seldom print: a child above its parent, a code printed twice, an orphan, a name without a code. */
    @org.junit.jupiter.api.Test
    void findsTheParentsOfLinesOutOfOrderTwiceOrAlone() {
        List<TableRow> rows = new ArrayList<>();
        for (String code : new String[] {"2010101", "201", "20101", "2010102", "208", "20101", "2080501", "20805", "3019901",
                "20102", "2010201", "212", "21208", "2120801", "21208"}) {
            rows.add(new TableRow(code, "line " + code, java.util.Map.of(Column.TOTAL, org.gongkai.model.Amount.wan("1"))));
        }
        rows.add(new TableRow(null, "合计", java.util.Map.of(Column.TOTAL, org.gongkai.model.Amount.wan("9"))));
        TableLines lines = new TableLines(rows);
        assertThat(spelled(lines.parents())).containsExactlyElementsOf(spelled(parentsOneByOne(rows)));
        assertThat(lines.parents()).hasSize(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"czj", "final"})
    void isBuiltOncePerTableAndCheck(String which) {
        BudgetTable t = document(which).tables().get(0);
        CheckContext context = CheckContext.of(null);
        assertThat(context.lines(t)).isSameAs(context.lines(t));
        assertThat(CheckContext.of(null).lines(t)).isNotSameAs(context.lines(t));
    }

    private static int firstWithCode(List<TableRow> rows, String code) {
        for (int r = 0; r < rows.size(); r++) {
            if (code.equals(rows.get(r).code())) {
                return r;
            }
        }
        return -1;
    }

    /** The parents as the definition says, line against line: no index, no map. */
    private static List<ClassificationParents.Parent> parentsOneByOne(List<TableRow> rows) {
        List<ClassificationParents.Parent> parents = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TableRow parent = rows.get(r);
            ClassificationLevel level = parent.level().orElse(null);
            if (level == null || level == ClassificationLevel.ITEM) {
                continue;
            }
            List<TableRow> children = new ArrayList<>();
            Set<Column> columns = EnumSet.noneOf(Column.class);
            columns.addAll(parent.amounts().keySet());
            for (TableRow child : rows) {
                String code = child.code();
                if (child.level().isPresent() && code.length() == parent.code().length() + 2
                        && code.startsWith(parent.code())) {
                    children.add(child);
                    columns.addAll(child.amounts().keySet());
                }
            }
            if (!children.isEmpty()) {
                parents.add(new ClassificationParents.Parent(r, parent, children, columns));
            }
        }
        return parents;
    }

    private static List<String> spelled(List<ClassificationParents.Parent> parents) {
        return parents.stream().map(p -> p.row() + " " + p.line().code() + " <- "
                + p.children().stream().map(TableRow::code).toList() + " " + p.columns()).toList();
    }
}
