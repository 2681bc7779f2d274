package org.gongkai.importing.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.importing.xlsx.HeaderLabels.HeaderRole;
import org.gongkai.importing.xlsx.HeaderLabels.Role;
import org.gongkai.model.Column;

/**
 * The header of a table sheet, found by its labels: the rows from the first row of header labels
 * (项目, 科目编码, 合计 …) down to the last, and what each column holds. Where labels are stacked
 * (科目编码 over 类/款/项, 基本支出 over 人员经费/公用经费) the lowest label names the column.
 *
 * @param firstRow      the first header row (0-based)
 * @param lastRow       the last header row
 * @param nameColumn    the column of the line names (项目, 科目名称)
 * @param codeColumn    the column of whole codes (科目编码), or null
 * @param codeParts     the columns of split codes by part (类, 款, 项)
 * @param amountColumns the amount columns, left to right
 * @param unrecognised  header cells of columns whose label is not understood
 * @param unit          a unit printed in a label (合计（万元）), or null
 */
record TableHeader(
        int firstRow, int lastRow, int nameColumn, Integer codeColumn, Map<Role, Integer> codeParts,
        Map<Integer, Column> amountColumns, List<GridCell> unrecognised, String unit) {

    static Optional<TableHeader> find(SheetGrid grid) {
        for (int row : grid.rowNumbers()) {
            if (isHeaderRow(grid.row(row))) {
                Optional<TableHeader> header = map(grid, band(grid, row));
                if (header.isPresent()) {
                    return header;
                }
            }
        }
        return Optional.empty();
    }

    /** The column of a code part, or null. */
    Integer part(Role role) {
        return codeParts.get(role);
    }

    /** Whether the column holds the code, whole or in part. */
    boolean isCodeColumn(int column) {
        return (codeColumn != null && codeColumn == column) || codeParts.containsValue(column);
    }

    /** The amount column that comes first, left to right. */
    Column firstAmountColumn() {
        return amountColumns.values().iterator().next();
    }

    /** A row of header labels: no numbers, and at least one label that is understood. */
    private static boolean isHeaderRow(List<GridCell> cells) {
        return !cells.isEmpty()
                && cells.stream().noneMatch(CellValues::isNumeric)
                && cells.stream().anyMatch(c -> HeaderLabels.role(c.text()).isPresent());
    }

    /**
     * The header rows from the first one down. A row continues the header while it is a row of
     * labels and puts nothing under a 项目 label: a line named like a label (事业收入, 合计) is
     * body, not header.
     */
    private static List<Integer> band(SheetGrid grid, int first) {
        List<Integer> band = new ArrayList<>(List.of(first));
        Set<Integer> nameColumns = new HashSet<>(nameColumns(grid.row(first)));
        for (int row : grid.rowNumbers()) {
            if (row <= first) {
                continue;
            }
            List<GridCell> cells = grid.row(row);
            if (!isHeaderRow(cells) || cells.stream().anyMatch(c -> nameColumns.contains(c.column()))) {
                break;
            }
            band.add(row);
            nameColumns.addAll(nameColumns(cells));
        }
        return band;
    }

    private static List<Integer> nameColumns(List<GridCell> cells) {
        return cells.stream()
                .filter(c -> HeaderLabels.role(c.text()).map(r -> r.role() == Role.NAME).orElse(false))
                .map(GridCell::column)
                .toList();
    }

    /** What each column holds, by its lowest understood label; empty without a name and an amount column. */
    private static Optional<TableHeader> map(SheetGrid grid, List<Integer> band) {
        TreeMap<Integer, HeaderRole> roles = new TreeMap<>();
        String unit = null;
        for (int row : band) {
            for (GridCell cell : grid.row(row)) {
                Optional<HeaderRole> role = HeaderLabels.role(cell.text());
                role.ifPresent(r -> roles.put(cell.column(), r));
                if (unit == null && role.isPresent()) {
                    unit = HeaderLabels.unit(cell.text()).orElse(null);
                }
            }
        }
        Integer name = null;
        Integer code = null;
        Map<Role, Integer> parts = new TreeMap<>();
        Map<Integer, Column> amounts = new LinkedHashMap<>();
        for (var e : roles.entrySet()) {
            HeaderRole r = e.getValue();
            if (r.role() == Role.NAME && name == null) {
                name = e.getKey();
            } else if (r.role() == Role.CODE && code == null) {
                code = e.getKey();
            } else if (r.isCodePart()) {
                parts.putIfAbsent(r.role(), e.getKey());
            } else if (r.role() == Role.AMOUNT && !amounts.containsValue(r.column())) {
                amounts.put(e.getKey(), r.column());
            }
        }
        if (name == null || amounts.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> mapped = new HashSet<>(amounts.keySet());
        mapped.add(name);
        if (code != null) {
            mapped.add(code);
        }
        mapped.addAll(parts.values());
        List<GridCell> unrecognised = band.stream()
                .flatMap(row -> grid.row(row).stream())
                .filter(c -> !mapped.contains(c.column()))
                .toList();
        return Optional.of(new TableHeader(band.get(0), band.get(band.size() - 1), name, code,
                Collections.unmodifiableMap(parts), Collections.unmodifiableMap(amounts), unrecognised, unit));
    }
}
