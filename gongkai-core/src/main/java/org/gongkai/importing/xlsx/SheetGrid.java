package org.gongkai.importing.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/** A sheet as read: its name and its non-blank cells by row, then column (both 0-based). */
record SheetGrid(String name, NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows) {

    /** The non-blank cells of a row, left to right (empty for a blank row). */
    List<GridCell> row(int row) {
        NavigableMap<Integer, GridCell> cells = rows.get(row);
        return cells == null ? List.of() : List.copyOf(cells.values());
    }

    /** The cell at row and column, if it is not blank. */
    Optional<GridCell> at(int row, int column) {
        NavigableMap<Integer, GridCell> cells = rows.get(row);
        return cells == null ? Optional.empty() : Optional.ofNullable(cells.get(column));
    }

    /** The rows that have a non-blank cell, top to bottom. */
    List<Integer> rowNumbers() {
        return List.copyOf(rows.keySet());
    }

    /** Every non-blank cell, row by row. */
    List<GridCell> cells() {
        List<GridCell> all = new ArrayList<>();
        rows.values().forEach(r -> all.addAll(r.values()));
        return all;
    }

    /** Whether this is the statement sheet (说明) the renderer writes first. */
    boolean isStatement() {
        return Labels.normalise(name).startsWith("说明");
    }
}
