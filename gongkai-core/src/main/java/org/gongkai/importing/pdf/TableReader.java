package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;

/**
 * Rebuilds one standard table from the lines that follow its title: the unit line, the header
 * (again on every page the table continues on), the body rows with their codes, names and amounts,
 * the total line and a note (注：…) after it. Two-sided tables keep their income side apart.
 */
final class TableReader {

    /** A table as read, where its values came from (pointers relative to the table), and where it ended. */
    record Read(BudgetTable table, Map<String, String> places, List<Unplaced> unplaced, int end, String compiledBy) {}

    private static final Pattern ROW_START = Pattern.compile("^([一二三四五六七八九十]+、|\\d+\\s*[、.．]).*");

    private final List<PdfLine> lines;
    private final TableFinder.Title title;
    private final boolean twoSided;

    private MoneyUnit unit;
    private String compiledBy;
    private ColumnLayout layout;
    private final List<Column> columns = new ArrayList<>();
    private final List<TableRow> incomeRows = new ArrayList<>();
    private final List<TableRow> rows = new ArrayList<>();
    private TableRow incomeTotal;
    private TableRow total;
    private String note;
    private final Map<String, String> places = new LinkedHashMap<>();
    private final List<Unplaced> unplaced = new ArrayList<>();

    private final Template template;

    private TableReader(List<PdfLine> lines, TableFinder.Title title, Template template) {
        this.lines = lines;
        this.title = title;
        this.template = template;
        this.twoSided = title.kind() == TableKind.INCOME_EXPENDITURE_SUMMARY
                || title.kind() == TableKind.FISCAL_GRANT_SUMMARY;
    }

    /** Reads the table whose title is at {@code title.index()}, stopping before {@code limit}. */
    static Read read(List<PdfLine> lines, TableFinder.Title title, int limit, String number, Template template) {
        return new TableReader(lines, title, template).read(limit, number);
    }

    private Read read(int limit, String number) {
        places.put("", lines.get(title.index()).place());
        List<PdfLine> header = new ArrayList<>();
        boolean inHeader = true;
        boolean closed = false;
        int page = lines.get(title.index()).page();
        int i = title.index() + 1;
        for (; i < limit; i++) {
            PdfLine line = lines.get(i);
            String text = line.text().strip();
            if (closed) {
                if (text.startsWith("注") && note == null) {
                    note = text;
                    places.put("/note", line.place());
                    continue;
                }
                break;
            }
            if (line.page() != page) {
                page = line.page();
                inHeader = true;
                header.clear();
            }
            if (unitLine(line)) {
                continue;
            }
            if (inHeader) {
                boolean codeLine = line.words().stream().anyMatch(w -> w.text().equals("类"));
                if (codeLine || !isBody(line)) {
                    header.add(line);
                    if (codeLine) {
                        useHeader(header);
                        inHeader = false;
                    }
                    continue;
                }
                useHeader(header);
                inHeader = false;
            }
            closed = body(line);
        }
        if (unit == null) {
            unit = MoneyUnit.YUAN;
            unplaced.add(new Unplaced(lines.get(title.index()).place(), title.title(), "no unit printed: 元 assumed"));
        }
        BudgetTable table = new BudgetTable(title.kind(), number, title.title(), unit, columns,
                incomeRows, incomeTotal, rows, total, note);
        return new Read(table, places, unplaced, i, compiledBy);
    }

    private boolean unitLine(PdfLine line) {
        boolean found = false;
        for (Word w : line.words()) {
            String t = w.text();
            if (t.startsWith("单位：") || t.startsWith("单位:")) {
                unit = MoneyUnit.fromSymbol(t.substring(3)).orElse(null);
                found = true;
            } else if (t.startsWith("编制单位") || t.startsWith("编制部门")) {
                compiledBy = t.substring(5).strip();
                found = true;
            }
        }
        return found;
    }

    private boolean isBody(PdfLine line) {
        String text = line.text().strip();
        return line.words().stream().anyMatch(Word::isAmount) || ROW_START.matcher(text).matches()
                || text.startsWith("收入总计") || text.startsWith("支出总计");
    }

    private void useHeader(List<PdfLine> header) {
        ColumnLayout fresh = ColumnLayout.of(header, twoSided, template);
        if (!fresh.isEmpty()) {
            layout = fresh;
            for (Column c : fresh.names()) {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }
        }
    }

    /** Reads one body line; true when it closes the table. */
    private boolean body(PdfLine line) {
        if (layout == null) {
            unplaced.add(new Unplaced(line.place(), line.text(), "table line before any column header"));
            return false;
        }
        List<String> code = new ArrayList<>();
        List<String> name = new ArrayList<>();
        List<String> incomeName = new ArrayList<>();
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        Map<Column, Amount> incomeAmounts = new EnumMap<>(Column.class);
        for (Word w : line.words()) {
            if (name.isEmpty() && incomeName.isEmpty() && w.isCodePart() && layout.inCodeColumns(w)) {
                code.add(w.text());
            } else if (w.isAmount() && w.x1() > layout.firstCentre()) {
                Optional<Column> c = layout.columnOf(w);
                Amount a = new Amount(w.amount(), unit == null ? MoneyUnit.YUAN : unit);
                if (c.isEmpty()) {
                    unplaced.add(new Unplaced(line.place(), w.text(), "amount under no column header"));
                } else if (twoSided && c.get() == Column.AMOUNT) {
                    incomeAmounts.put(c.get(), a);
                } else if (amounts.put(c.get(), a) != null) {
                    unplaced.add(new Unplaced(line.place(), line.text(), "two amounts under one column " + c.get().label()));
                }
            } else if (twoSided && w.x0() < layout.firstCentre()) {
                incomeName.add(w.text());
            } else {
                name.add(w.text());
            }
        }
        if (twoSided && (!incomeName.isEmpty() || !incomeAmounts.isEmpty())) {
            incomeLine(line, String.join(" ", incomeName), incomeAmounts);
        }
        if (name.isEmpty() && amounts.isEmpty()) {
            return twoSided && total != null && incomeTotal != null;
        }
        String rowName = String.join(" ", name);
        if (rowName.isEmpty() && title.kind() == TableKind.THREE_PUBLIC) {
            rowName = Column.AMOUNT.label();
        }
        if (rowName.isEmpty()) {
            unplaced.add(new Unplaced(line.place(), line.text(), "amounts without a line name"));
            return false;
        }
        if (rowName.equals("合计") || rowName.equals("支出总计")) {
            total = new TableRow(null, rowName, amounts);
            record("/total", line, amounts);
            return !twoSided || incomeTotal != null;
        }
        String joined = code(line, code);
        rows.add(new TableRow(joined, rowName, amounts));
        record("/rows/" + (rows.size() - 1), line, amounts);
        return title.kind() == TableKind.THREE_PUBLIC;
    }

    private void incomeLine(PdfLine line, String name, Map<Column, Amount> amounts) {
        if (name.isEmpty()) {
            unplaced.add(new Unplaced(line.place(), line.text(), "income amount without a line name"));
        } else if (name.equals("收入总计")) {
            incomeTotal = new TableRow(null, name, amounts);
            record("/incomeTotal", line, amounts);
        } else {
            incomeRows.add(new TableRow(null, name, amounts));
            record("/incomeRows/" + (incomeRows.size() - 1), line, amounts);
        }
    }

    /** The code of the line: 类, 款 and 项 joined; a one-digit 款 or 项 (301 2) is padded and reported. */
    private String code(PdfLine line, List<String> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder(parts.get(0));
        boolean padded = false;
        for (String p : parts.subList(1, parts.size())) {
            if (p.length() == 1) {
                s.append('0');
                padded = true;
            }
            s.append(p);
        }
        if (padded) {
            unplaced.add(new Unplaced(line.place(), line.text(), "code normalised: " + String.join(" ", parts) + " read as " + s));
        }
        return s.toString();
    }

    private void record(String row, PdfLine line, Map<Column, Amount> amounts) {
        places.put(row, line.place());
        for (Column c : amounts.keySet()) {
            places.put(row + "/amounts/" + c.name().toLowerCase(Locale.ROOT), line.place());
        }
    }
}
