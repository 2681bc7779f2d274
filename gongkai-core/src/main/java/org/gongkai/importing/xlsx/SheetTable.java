package org.gongkai.importing.xlsx;

import java.util.List;
import java.util.Map;
import org.gongkai.model.BudgetTable;

/**
 * A table read from a sheet: the table, its title cell (null when only the sheet name gave the
 * title), the places of its values by JSON pointer relative to the table ({@code ""} is the table
 * itself, {@code "/rows/5/amounts/total"} an amount), and the cells left over.
 */
record SheetTable(BudgetTable table, GridCell titleCell, Map<String, String> places, List<Leftover> leftovers) {}
