package org.gongkai.importing.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.xlsx.HeaderLabels.Role;
import org.gongkai.importing.xlsx.TableTitles.Numbered;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;

/**
 * Reads one sheet as a standard table, if it is one: a title naming a standard table above a
 * header of understood labels. Above the header: the title and the unit (单位：元). Below it: the
 * lines, the 合计 line as the total and a 注：… line as the note. A two-sided table (收支总表) has
 * its income lines first, each with its amount in the first amount column, then 收入总计, then the
 * expenditure lines and 支出总计.
 */
final class TableSheetReader {

    private static final Pattern UNIT = Pattern.compile("单位[：:]\\s*(亿元|万元|元)");
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明)\\d*[：:]");
    private static final Pattern FOOTER = Pattern.compile("^(编制(单位|部门)|填报(单位|部门)|制表人?|审核人?|(单位)?负责人)[：:]");
    private static final Set<String> TOTALS = Set.of("合计", "总计", "支出总计", "支出合计");
    private static final Set<String> INCOME_TOTALS = Set.of("收入总计", "收入合计");
    /** What the renderer prints in a table without lines. */
    private static final Set<String> EMPTY_MARKS = Set.of("(本表无数据)", "本表无数据");
    /** 栏次: a row of column numbers (1, 2, 3 …) under the header. */
    private static final String COLUMN_NUMBERS = "栏次";
    /** A workbook that names no unit is taken to be in the unit of the statement. */
    private static final MoneyUnit DEFAULT_UNIT = MoneyUnit.WAN_YUAN;

    private final SheetGrid grid;
    private final TableHeader header;
    private final TableTitles titles;
    private final Map<String, String> places = new LinkedHashMap<>();
    private final List<Leftover> leftovers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private MoneyUnit unit = DEFAULT_UNIT;
    private String lastCategory;
    private String lastSection;

    private TableSheetReader(SheetGrid grid, TableHeader header, TableTitles titles) {
        this.grid = grid;
        this.header = header;
        this.titles = titles;
    }

    /** The sheet as a standard table; empty if it is the statement or not a standard table. */
    static Optional<SheetTable> read(SheetGrid grid, TableTitles titles) {
        if (grid.isStatement()) {
            return Optional.empty();
        }
        return TableHeader.find(grid).flatMap(h -> new TableSheetReader(grid, h, titles).table());
    }

    private Optional<SheetTable> table() {
        GridCell titleCell = titleCell().orElse(null);
        String printed = titleCell == null ? grid.name() : titleCell.text();
        Optional<TableKind> kind = titles.kind(printed);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        places.put("", titleCell != null ? titleCell.where() : grid.name() + "!" + firstHeaderCell().address());
        if (titleCell != null) {
            places.put("/title", titleCell.where());
        }
        GridCell unitCell = unitCell().orElse(null);
        aboveHeader(titleCell, unitCell);
        header.unrecognised().forEach(c -> leave(c, "header label not recognised: its column is not read"));
        BudgetTable table = assemble(kind.get(), TableTitles.split(printed), body());
        return Optional.of(new SheetTable(table, titleCell, places, inCellOrder(leftovers)));
    }

    /** Left-over cells row by row, each once (with the first reason given for it). */
    private static List<Leftover> inCellOrder(List<Leftover> leftovers) {
        Map<GridCell, Leftover> once = new LinkedHashMap<>();
        leftovers.forEach(l -> once.putIfAbsent(l.cell(), l));
        return once.values().stream()
                .sorted(Comparator.comparingInt((Leftover l) -> l.cell().row()).thenComparingInt(l -> l.cell().column()))
                .toList();
    }

    private GridCell firstHeaderCell() {
        return grid.row(header.firstRow()).get(0);
    }

    /** The first text above the header that names a standard table. */
    private Optional<GridCell> titleCell() {
        return above().stream()
                .filter(c -> !c.isNumber() && titles.kind(c.text()).isPresent())
                .findFirst();
    }

    /** The cell printing the unit (单位：元) above the header, which sets the table's unit. */
    private Optional<GridCell> unitCell() {
        for (GridCell c : above()) {
            Matcher m = UNIT.matcher(c.text());
            if (m.find()) {
                unit = MoneyUnit.fromSymbol(m.group(1)).orElseThrow();
                places.put("/unit", c.where());
                return Optional.of(c);
            }
        }
        if (header.unit() != null) {
            unit = MoneyUnit.fromSymbol(header.unit()).orElseThrow();
        }
        return Optional.empty();
    }

    private List<GridCell> above() {
        return grid.cells().stream().filter(c -> c.row() < header.firstRow()).toList();
    }

    private void aboveHeader(GridCell titleCell, GridCell unitCell) {
        for (GridCell c : above()) {
            if (!c.equals(titleCell) && !c.equals(unitCell)) {
                leave(c, "text above the table header is not part of the table");
            }
        }
    }

    /** The body lines below the header, collecting notes and leaving what is not a line. */
    private List<TableLine> body() {
        List<TableLine> lines = new ArrayList<>();
        for (int row : grid.rowNumbers()) {
            if (row <= header.lastRow()) {
                continue;
            }
            List<GridCell> cells = grid.row(row);
            if (cells.size() == 1 && !cells.get(0).isNumber() && NOTE.matcher(cells.get(0).label()).find()) {
                note(cells.get(0));
            } else {
                line(row, cells).ifPresent(lines::add);
            }
        }
        return lines;
    }

    private void note(GridCell cell) {
        if (notes.isEmpty()) {
            places.put("/note", cell.where());
        }
        notes.add(cell.text().strip());
    }

    private Optional<TableLine> line(int row, List<GridCell> cells) {
        GridCell nameCell = grid.at(row, header.nameColumn()).orElse(null);
        if (nameCell == null) {
            cells.forEach(c -> leave(c, "a line without a name in the 项目 column is not read"));
            return Optional.empty();
        }
        String label = nameCell.label();
        if (label.equals(COLUMN_NUMBERS) || (cells.size() == 1 && EMPTY_MARKS.contains(label))) {
            return Optional.empty();
        }
        if (FOOTER.matcher(label).find()) {
            cells.forEach(c -> leave(c, "text below the table is not part of it"));
            return Optional.empty();
        }
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        Map<Column, GridCell> amountCells = new EnumMap<>(Column.class);
        for (GridCell cell : cells) {
            int c = cell.column();
            if (c == header.nameColumn() || header.isCodeColumn(c)) {
                continue;
            }
            Column column = header.amountColumns().get(c);
            if (column == null) {
                leave(cell, "cell in a column without a recognised header label");
            } else {
                amount(cell, column, amounts, amountCells);
            }
        }
        Code code = code(row);
        return Optional.of(new TableLine(code.text(), code.cell(), nameCell, amounts, amountCells));
    }

    /** An amount cell: blank or —— is not stated (no entry), a number is the amount, anything else is left over. */
    private void amount(GridCell cell, Column column, Map<Column, Amount> amounts, Map<Column, GridCell> cells) {
        if (CellValues.isBlankAmount(cell)) {
            return;
        }
        Optional<Amount> a = CellValues.amount(cell, unit);
        if (a.isEmpty()) {
            leave(cell, "not a number in the amount column " + column.label());
        } else {
            amounts.put(column, a.get());
            cells.put(column, cell);
        }
    }

    /** A line's code and the cell it starts in. */
    private record Code(String text, GridCell cell) {
        static final Code NONE = new Code(null, null);
    }

    private Code code(int row) {
        if (!header.codeParts().isEmpty()) {
            Code split = splitCode(row);
            if (split.text() != null) {
                return split;
            }
        }
        if (header.codeColumn() != null) {
            return grid.at(row, header.codeColumn()).map(c -> new Code(CellValues.code(c), c)).orElse(Code.NONE);
        }
        return Code.NONE;
    }

    /**
     * A code split over 类/款/项 (201 | 06 | 01 → 2010601). A line that leaves 类 (or 类 and 款)
     * blank belongs to the 类 (款) above it, as printed tables often show.
     */
    private Code splitCode(int row) {
        Optional<GridCell> category = part(row, Role.CATEGORY);
        Optional<GridCell> section = part(row, Role.SECTION);
        Optional<GridCell> item = part(row, Role.ITEM);
        Optional<GridCell> first = category.or(() -> section).or(() -> item);
        if (first.isEmpty()) {
            return Code.NONE;
        }
        String sec = section.map(c -> CellValues.codePart(c, 2)).orElse("");
        String it = item.map(c -> CellValues.codePart(c, 2)).orElse("");
        String code;
        if (category.isPresent()) {
            code = CellValues.codePart(category.get(), 3) + sec + it;
        } else if (section.isPresent()) {
            code = orEmpty(lastCategory) + sec + it;
        } else {
            code = orEmpty(lastSection) + it;
        }
        remember(code);
        return new Code(code, first.get());
    }

    private Optional<GridCell> part(int row, Role role) {
        Integer column = header.part(role);
        return column == null ? Optional.empty() : grid.at(row, column);
    }

    private void remember(String code) {
        if (code.length() >= 3) {
            lastCategory = code.substring(0, 3);
            lastSection = code.length() >= 5 ? code.substring(0, 5) : null;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The table from its lines: income side up to 收入总计 (if any), then lines and the total. */
    private BudgetTable assemble(TableKind kind, Numbered title, List<TableLine> lines) {
        int incomeEnd = incomeTotalIndex(lines);
        List<TableRow> incomeRows = new ArrayList<>();
        for (int i = 0; i < incomeEnd; i++) {
            incomeRows.add(incomeRow(lines.get(i), "/incomeRows/" + incomeRows.size()));
        }
        TableRow incomeTotal = incomeEnd < 0 ? null : incomeRow(lines.get(incomeEnd), "/incomeTotal");
        List<TableRow> rows = new ArrayList<>();
        TableRow total = null;
        for (TableLine line : lines.subList(incomeEnd + 1, lines.size())) {
            if (!isTotal(line)) {
                rows.add(placed(line, "/rows/" + rows.size()));
            } else if (total == null) {
                total = placed(line, "/total");
            } else {
                leaveLine(line, "a second total line is not read");
            }
        }
        List<Column> columns = new ArrayList<>(header.amountColumns().values());
        if (incomeEnd >= 0 && !columns.contains(Column.AMOUNT)) {
            columns.add(0, Column.AMOUNT);
        }
        String note = notes.isEmpty() ? null : String.join("\n", notes);
        return new BudgetTable(kind, title.number(), title.title(), unit, columns, incomeRows, incomeTotal, rows, total, note);
    }

    private static int incomeTotalIndex(List<TableLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (INCOME_TOTALS.contains(lines.get(i).label())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTotal(TableLine line) {
        return TOTALS.contains(line.label()) || INCOME_TOTALS.contains(line.label());
    }

    /** An expenditure line or total, with the places of its name, code and amounts. */
    private TableRow placed(TableLine line, String pointer) {
        placeNameAndCode(line, pointer);
        line.amountCells().forEach((column, cell) -> places.put(pointer + "/amounts/" + spelling(column), cell.where()));
        return line.row();
    }

    /** An income line: its amount is the one in the first amount column, stored as 预算数. */
    private TableRow incomeRow(TableLine line, String pointer) {
        placeNameAndCode(line, pointer);
        Column first = header.firstAmountColumn();
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        line.amountCells().forEach((column, cell) -> {
            if (column == first) {
                amounts.put(Column.AMOUNT, line.amounts().get(column));
                places.put(pointer + "/amounts/" + spelling(Column.AMOUNT), cell.where());
            } else {
                leave(cell, "an income line has its amount in the first amount column only");
            }
        });
        return new TableRow(line.code(), line.name(), amounts);
    }

    private void placeNameAndCode(TableLine line, String pointer) {
        places.put(pointer, line.nameCell().where());
        places.put(pointer + "/name", line.nameCell().where());
        if (line.codeCell() != null) {
            places.put(pointer + "/code", line.codeCell().where());
        }
    }

    private void leaveLine(TableLine line, String reason) {
        grid.row(line.nameCell().row()).forEach(c -> leave(c, reason));
    }

    private void leave(GridCell cell, String reason) {
        leftovers.add(new Leftover(cell, reason));
    }

    /** A column as the canonical file spells it: {@code general_public_budget}. */
    static String spelling(Column column) {
        return column.name().toLowerCase(Locale.ROOT);
    }
}
