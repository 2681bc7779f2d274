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

    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注)[：:].*");
    private static final Pattern NONE_IN_BRACKETS = Pattern.compile("^[（(]无[^（）()]{0,30}[）)]$");
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern LIST_PUNCTUATION = Pattern.compile("[，、；]");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2,}");
    private static final Pattern SIDE_TOTAL = Pattern.compile("^(收入|支出)(合计|总计)$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{1,7}");
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
    private final List<TableRow> purposeRows = new ArrayList<>();
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
                || title.kind() == TableKind.FISCAL_GRANT_SUMMARY
                || title.kind() == TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY
                || title.kind() == TableKind.FINAL_FISCAL_GRANT_SUMMARY;
    }

    /** Reads the table whose title is at {@code title.index()}, stopping before {@code limit}. */
    static Read read(List<PdfLine> lines, TableFinder.Title title, int limit, String number, Template template) {
        return new TableReader(lines, title, template).read(limit, number);
    }

    private Read read(int limit, String number) {
        places.put("", lines.get(title.index()).place());
        glyph = glyphWidth(lines.subList(title.index(), Math.min(limit, title.index() + GLYPH_SAMPLE)));
        wrap = Math.max(WRAP, WRAP_GLYPHS * glyph);
        nameColumns = new NameColumns();
        List<PdfLine> header = new ArrayList<>();
        boolean inHeader = true;
        boolean closed = false;
        PdfLine prefix = null;
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
            if (PdfImporter.isNumbering(text) && !codeOfNameAround(i, limit)) {
                continue;
            }
            if (isNote(text)) {
                if (note == null) {
                    note = text;
                    places.put("/note", line.place());
                } else {
                    unplaced.add(new Unplaced(line.place(), text, "a second note under the table"));
                }
                continue;
            }
            if (endsTable(text)) {
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
                if (!codeLine && header.isEmpty() && layout != null && !reprintsHeader(i, limit)) {
                    inHeader = false;
                } else if (codeLine || !isBody(line)) {
                    header.add(line);
                    if (!codeLine) {
                        continue;
                    }
                    useHeader(header);
                    inHeader = false;
                    if (line.words().stream().noneMatch(Word::isAmount)) {
                        continue;
                    }
                    // figures printed on the baseline of 类 款 项 are the first figures of the body
                    line = new PdfLine(line.file(), line.page(), line.number(), line.y(),
                            line.words().stream().filter(Word::isAmount).toList());
                } else {
                    useHeader(header);
                    inHeader = false;
                }
            }
            boolean namedBelow = false;
            while (nameless(line) && i + 1 < limit && namesBelow(line, lines.get(i + 1))) {
                line = merged(line, lines.get(i + 1));
                i++;
                namedBelow = true;
            }
            if (prefix == null && continuesLineAbove(line)) {
                continue;
            }
            if (prefix == null && i + 1 < limit && (opensCell(line, lines.get(i + 1))
                    || i + 2 < limit && opensCentredCell(line, lines.get(i + 1), lines.get(i + 2)))) {
                prefix = line;
                continue;
            }
            PdfLine next = i + 1 < limit ? lines.get(i + 1) : null;
            // a piece that opens the next cell (its figures just below it) is not the end of this one
            // nor is anything below a cell already closed: a piece above its figures and one below them
            PdfLine suffix = next != null && !(prefix != null && namedBelow)
                    && closesCell(prefix == null ? line : merged(prefix, line), prefix != null, next)
                    && !(i + 2 < limit && opensCell(next, lines.get(i + 2))) ? next : null;
            closed = body(cell(line, prefix, suffix));
            prefix = null;
            if (suffix != null) {
                i++;
            }
        }
        if (layout == null && !header.isEmpty()) {
            useHeader(header); // a table printed without lines (本表无数据) still names its columns
        }
        if (unit == null) {
            unit = MoneyUnit.YUAN;
            unplaced.add(new Unplaced(lines.get(title.index()).place(), title.title(), "no unit printed: 元 assumed"));
        }
        BudgetTable table = new BudgetTable(title.kind(), number, title.title(), unit, columns,
                incomeRows, incomeTotal, rows, total, note, purposeRows);
        return new Read(table, places, unplaced, i, compiledBy);
    }

    /** How far (points) a label printed again on a continuation page may lie from its first place. */
    private static final float REPRINT = 30f;

    /**
     * Whether the first line on a page a table continues on begins its header again. It does when the
     * lines down to the first figures of the page print labels of the columns in their places (within
     * {@link #REPRINT} of the first page's labels): two of them, or the one column of a one-column table.
     * Lines without such labels are the table's lines going on (a name wrapped over the page break, the
     * lines of a tree of income sources printed without figures). The 决算 summaries keep their own test:
     * their closing lines are column labels too (使用非财政拨款结余 and 结余分配 at the foot).
     */
    private boolean reprintsHeader(int at, int limit) {
        PdfLine line = lines.get(at);
        boolean finalAccounts = template.profile().kind() != null && template.profile().kind().isFinalAccounts();
        if (twoSided && finalAccounts) {
            List<Word> labels = line.words().stream().filter(w -> template.column(w.text()).isPresent()).toList();
            return labels.isEmpty() || labels.stream().anyMatch(this::inItsPlace);
        }
        int needed = Math.min(2, layout.columns().size());
        int found = 0;
        for (int k = at; k < limit && lines.get(k).page() == line.page(); k++) {
            PdfLine l = lines.get(k);
            found += (int) l.words().stream().filter(w -> template.column(w.text()).isPresent()).filter(this::inItsPlace).count();
            if (found >= needed) {
                return true;
            }
            if (l.words().stream().anyMatch(Word::isAmount) || endsTable(l.text())) {
                break;
            }
        }
        return false;
    }

    /** Whether a column label lies where the first page's header placed a column. */
    private boolean inItsPlace(Word label) {
        return layout.columns().stream().anyMatch(p -> Math.abs(p.centre() - label.centre()) < REPRINT);
    }

    /** Baselines closer than this (points) are one cell broken over lines, not two table lines. */
    private static final float WRAP = 13f;

    /**
     * Whether the line is a piece of a line name broken over lines: a few words of text, no amount,
     * no code, no numbering, no total.
     */
    private boolean isFragment(PdfLine line) {
        if (layout == null || line.words().size() > 2) {
            return false;
        }
        String t = line.text().strip();
        return line.words().stream().noneMatch(w -> w.isAmount() || w.isCodePart())
                && !ROW_START.matcher(t).matches() && !isTotal(t) && !isNote(t) && !t.startsWith("单位")
                && line.words().get(0).x1() < layout.firstCentre();
    }

    /** Whether the line carries amounts but no name (its name printed above and below it). */
    private boolean nameless(PdfLine line) {
        return layout != null && line.words().stream().anyMatch(Word::isAmount)
                && line.words().stream().allMatch(w -> w.isAmount() || w.isCodePart());
    }

    /** Whether the word is a classification level's mark alone: 类, 款 or 项. */
    private static boolean isLevelMark(String text) {
        return text.length() == 1 && "类款项".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Whether {@code next} is the named line whose amounts are printed on the line above it: a cell two
     * lines high with its figures at the top and its name in the middle. The two share no column.
     */
    private boolean namesBelow(PdfLine line, PdfLine next) {
        if (next.page() != line.page() || next.y() - line.y() >= WRAP
                || (next.words().stream().noneMatch(w -> !w.isAmount() && !w.isCodePart() && !isLevelMark(w.text()))
                        && !nameless(next))
                || isNote(next.text()) || endsTable(next.text())) {
            return false;
        }
        java.util.Set<Column> above = new java.util.HashSet<>();
        for (Word w : line.words()) {
            layout.columnOf(w).ifPresent(above::add);
        }
        return next.words().stream().filter(Word::isAmount).noneMatch(w -> layout.columnOf(w).filter(above::contains).isPresent());
    }

    private static PdfLine merged(PdfLine line, PdfLine next) {
        List<Word> words = new ArrayList<>(line.words());
        words.addAll(next.words());
        words.sort(java.util.Comparator.comparingDouble(Word::x0));
        return new PdfLine(next.file(), next.page(), next.number(), next.y(), words);
    }

    /** How many lines of the table's start are sampled for the width of its characters. */
    private static final int GLYPH_SAMPLE = 40;
    /**
     * Baselines closer than this many character widths are one cell broken over lines: a cell's lines lie
     * about 1.6 characters apart, the table's lines twice as far (the 2017 Jiangsu summaries: 9 points wide
     * characters, 14.7 points between a cell's lines, 31.5 between the table's lines).
     */
    private static final float WRAP_GLYPHS = 1.7f;

    /** The width of one character of the table's text (points), and the distance of wrapped lines from it. */
    private float glyph;
    private float wrap = WRAP;

    /** The median width of a Chinese character among the table's words of Chinese characters only. */
    private static float glyphWidth(List<PdfLine> sample) {
        List<Float> widths = new ArrayList<>();
        for (PdfLine l : sample) {
            for (Word w : l.words()) {
                if (w.text().length() >= 2 && w.text().chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
                    widths.add((w.x1() - w.x0()) / w.text().length());
                }
            }
        }
        if (widths.isEmpty()) {
            return 0f;
        }
        widths.sort(null);
        return widths.get(widths.size() / 2);
    }

    /** Which side a name word lies on: 0 income, 1 expenditure (by function), 2 expenditure by purpose. */
    private int zone(Word w) {
        if (twoSided && w.x0() < layout.firstCentre()) {
            return 0;
        }
        return layout.threeSided() && w.x0() > layout.purposeStart() ? 2 : 1;
    }

    private static boolean isName(Word w) {
        return !w.isAmount() && !w.isCodePart();
    }

    /**
     * Whether the line holds only pieces of names: words, no figure, no code, no note, total or unit (a
     * line of … in an empty template holds no words).
     */
    private boolean piecesOnly(PdfLine line) {
        String t = line.text().strip();
        return layout != null && !line.words().isEmpty() && line.words().stream().allMatch(TableReader::isName)
                && t.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)
                && !isTotal(t) && !isNote(t) && !endsTable(t) && !t.startsWith("单位") && !PdfImporter.isNumbering(t);
    }

    private boolean near(PdfLine line, PdfLine next) {
        return next.page() == line.page() && next.y() - line.y() < wrap;
    }

    /**
     * Whether the line is the top of cells broken over lines whose next line is just below: pieces of
     * names only, on sides where the next line names nothing (一、财政 above 13,649.07, 拨款 below).
     */
    private boolean opensCell(PdfLine line, PdfLine next) {
        if (!piecesOnly(line) || !near(line, next) || isNote(next.text()) || endsTable(next.text())) {
            return false;
        }
        java.util.Set<Integer> named = new java.util.HashSet<>();
        next.words().stream().filter(TableReader::isName).forEach(w -> named.add(zone(w)));
        return line.words().stream().noneMatch(w -> named.contains(zone(w)));
    }

    /**
     * Whether the line is the top of a cell of three lines centred on its middle line, the line with its
     * code or figures: pieces of names only, the next line naming the same sides and a piece below that
     * as far from it as the line is above it (其他文化旅游 / 20799 体育与传媒支 / 出). Cells are centred in their
     * rows, so the top piece lies as close to the cell above as to its own middle line; the equal distances
     * on either side of the middle say which cell it belongs to.
     */
    private boolean opensCentredCell(PdfLine line, PdfLine next, PdfLine after) {
        if (!piecesOnly(line) || ROW_START.matcher(line.text().strip()).matches() || !near(line, next)
                || !near(next, after) || !piecesOnly(after) || ROW_START.matcher(after.text().strip()).matches()
                || next.words().stream().noneMatch(w -> w.isAmount() || w.isCodePart())) {
            return false;
        }
        // the three are the lines of one block of text: the top piece as wide as the middle line's name (both
        // filled the cell's width before the text wrapped), the last piece starting where they start or
        // centred under them. Lines of their own are not so (其他非税收入 / 小计 80.00 / 事业收入 at a close pitch).
        float tolerance = Math.max(glyph, 1f) / 2;
        List<Word> names = runs(next).stream().filter(TableReader::isName).toList();
        boolean fullLines = runs(line).stream().allMatch(p -> names.stream()
                .anyMatch(n -> Math.abs(n.x0() - p.x0()) < tolerance && Math.abs(n.x1() - p.x1()) < tolerance));
        boolean lastLine = runs(after).stream().allMatch(p -> names.stream()
                .anyMatch(n -> Math.abs(n.x0() - p.x0()) < tolerance || Math.abs(n.centre() - p.centre()) < tolerance));
        float above = next.y() - line.y();
        float under = after.y() - next.y();
        return fullLines && lastLine && Math.abs(above - under) < tolerance;
    }

    /**
     * Whether the line of one figure alone is a line's classification code rather than a page number: a code
     * of 3, 5 or 7 digits left of the amounts with the pieces of its name just above and below it (文化旅游体育 /
     * 207 / 与传媒支出, a name of two lines centred on the code of one).
     */
    private boolean codeOfNameAround(int at, int limit) {
        PdfLine line = lines.get(at);
        if (layout == null || line.words().size() != 1 || at == 0 || at + 1 >= limit) {
            return false;
        }
        Word code = line.words().get(0);
        int digits = code.text().length();
        if (!DIGITS.matcher(code.text()).matches() || digits != 3 && digits != 5 && digits != 7 || code.x1() >= layout.firstCentre()) {
            return false;
        }
        PdfLine above = lines.get(at - 1);
        PdfLine below = lines.get(at + 1);
        return piecesOnly(above) && piecesOnly(below) && near(above, line) && near(line, below)
                && above.words().stream().allMatch(w -> w.x0() > code.x1()) && below.words().stream().allMatch(w -> w.x0() > code.x1());
    }

    /**
     * Whether {@code next} ends cells of the line: pieces of names just below it, unnumbered, on sides where
     * the line has a name to go on, below a line with figures or the middle of a cell of three lines. Only
     * the middle of a cell of three lines is looked for at the wider distance of {@link #wrap}.
     */
    private boolean closesCell(PdfLine line, boolean opened, PdfLine next) {
        // a piece below a line of figures alone keeps the narrow distance: cells of several text columns
        // (a procurement table's 品名 and 组织形式) are not joined across lines
        boolean close = next.page() == line.page() && next.y() - line.y() < (opened ? wrap : WRAP);
        if (!close || !piecesOnly(next) || ROW_START.matcher(next.text().strip()).matches()
                || (!opened && line.words().stream().noneMatch(Word::isAmount))) {
            return false;
        }
        java.util.Set<Integer> named = new java.util.HashSet<>();
        line.words().stream().filter(TableReader::isName).forEach(w -> named.add(zone(w)));
        return next.words().stream().allMatch(w -> named.contains(zone(w)));
    }

    /**
     * The line with the pieces of its cells printed above and below it joined in: the name words of a cell
     * (those whose extents meet, letter-spaced characters first joined with their neighbours) become one
     * word, read top to bottom.
     */
    private PdfLine cell(PdfLine line, PdfLine prefix, PdfLine suffix) {
        if (prefix == null && suffix == null) {
            return line;
        }
        if ((prefix == null || isFragment(prefix) && nameless(line) && runs(prefix).size() == 1)
                && (suffix == null || isFragment(suffix) && runs(suffix).size() == 1)
                && line.words().stream().anyMatch(Word::isAmount)) {
            return joined(line, prefix, suffix); // a name over its figures, or one piece below: as before
        }
        List<Word> figures = new ArrayList<>();
        List<List<Word>> cells = new ArrayList<>();
        for (PdfLine l : java.util.stream.Stream.of(prefix, line, suffix).filter(java.util.Objects::nonNull).toList()) {
            for (Word piece : runs(l)) {
                if (!isName(piece)) {
                    figures.add(piece);
                    continue;
                }
                List<Word> meets = cells.stream().filter(c -> c.stream().anyMatch(o -> meet(o, piece))).findFirst()
                        .or(() -> nearestOnItsSide(cells, piece)).orElse(null);
                if (meets == null) {
                    cells.add(new ArrayList<>(List.of(piece)));
                } else {
                    meets.add(piece);
                }
            }
        }
        List<Word> words = new ArrayList<>(figures);
        for (List<Word> c : cells) {
            StringBuilder text = new StringBuilder();
            c.forEach(w -> text.append(w.text()));
            // the cell's word ends where its last line ends: whether the name may go on below depends on that line
            words.add(new Word(text.toString(), (float) c.stream().mapToDouble(Word::x0).min().orElse(0),
                    c.get(c.size() - 1).x1(), line.y(), true));
        }
        words.sort(java.util.Comparator.comparingDouble(Word::x0));
        return new PdfLine(line.file(), line.page(), line.number(), line.y(), words);
    }

    /**
     * The cell of the piece's side nearest to it, for a piece that meets none: a short last line centred in
     * a wide cell (2. 政府性基金预 / 算) belongs to the cell beside it on its side, not to a cell of its own.
     */
    private Optional<List<Word>> nearestOnItsSide(List<List<Word>> cells, Word piece) {
        return cells.stream().filter(c -> zone(c.get(0)) == zone(piece))
                .filter(c -> c.stream().noneMatch(o -> Math.abs(o.y() - piece.y()) < PdfWords.SAME_LINE)) // two cells of one line stay two
                .min(java.util.Comparator.comparingDouble(c -> c.stream()
                        .mapToDouble(o -> Math.max(o.x0() - piece.x1(), piece.x0() - o.x1())).min().orElse(Double.MAX_VALUE)));
    }

    /** How far apart (points) two pieces of one cell may lie and still meet: centred pieces touch. */
    private static final float MEET = 2f;

    private static boolean meet(Word a, Word b) {
        return a.x0() < b.x1() + MEET && b.x0() < a.x1() + MEET;
    }

    /** The line's words with letter-spaced characters (当 年 收 入, 1. 一 般 公) joined into one word. */
    private List<Word> runs(PdfLine line) {
        List<Word> runs = new ArrayList<>();
        for (Word w : line.words()) {
            Word last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            boolean close = last != null && w.x0() - last.x1() < Math.max(glyph, 1f) * 1.5f;
            boolean spaced = close && isName(w) && short2(w) && (short2(last) || last.text().length() <= 4 && !last.isAmount())
                    && isName(last);
            boolean numbered = close && isName(w) && NUMBER_ONLY.matcher(last.text()).matches();
            if (spaced || numbered) {
                runs.set(runs.size() - 1, new Word(last.text() + w.text(), last.x0(), w.x1(), last.y(), last.spaced()));
            } else {
                runs.add(w);
            }
        }
        return runs;
    }

    /** A line's numbering printed apart from its name: 2. 政府性基金预算, 一、 一般公共服务支出. */
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,2}[.．、]|[一二三四五六七八九十]+、");

    private static boolean short2(Word w) {
        return w.text().length() <= 2;
    }

    /** Each side's last name read (its words' extent) and the row it went into, for a name wrapped far below it. */
    private record LastName(float x0, float x1, String list, int index) {}

    private final Map<Integer, LastName> lastNames = new java.util.HashMap<>();
    /** The name cells read column by column, for a name wrapped while the column beside it printed other lines. */
    private NameColumns nameColumns;
    /** Where the names of each side end (points), to find the right edge of its cells. */
    private final Map<Integer, List<Float>> rightEdges = new java.util.HashMap<>();

    /**
     * Joins a line of unnumbered name pieces to the names read last on its sides when each of those filled
     * its cell to the right edge (the widest names of that side end there) and the piece starts where it
     * started: a name wrapped in a cell whose figures stand between its two lines, or over a page break
     * (七、文化体育与传 / 媒支出, 当年收入 / 小计 at the top of the next page).
     */
    private boolean continuesLineAbove(PdfLine line) {
        if (!piecesOnly(line) || ROW_START.matcher(line.text().strip()).matches() || glyph <= 0) {
            return false;
        }
        Map<Integer, List<Word>> bySide = new java.util.TreeMap<>();
        for (Word w : runs(line)) {
            bySide.computeIfAbsent(zone(w), k -> new ArrayList<>()).add(w);
        }
        for (var e : bySide.entrySet()) {
            LastName last = lastNames.get(e.getKey());
            Word first = e.getValue().get(0);
            if (last == null || !fillsItsCell(e.getKey(), last) || Math.abs(first.x0() - last.x0()) > glyph) {
                return continuesItsColumn(line.page(), bySide);
            }
        }
        for (var e : bySide.entrySet()) {
            LastName last = lastNames.get(e.getKey());
            StringBuilder piece = new StringBuilder();
            e.getValue().forEach(w -> piece.append(w.text()));
            List<TableRow> list = switch (last.list()) {
                case "incomeRows" -> incomeRows;
                case "purposeRows" -> purposeRows;
                default -> rows;
            };
            TableRow row = list.get(last.index());
            list.set(last.index(), new TableRow(row.code(), row.name() + piece, row.amounts()));
            lastNames.remove(e.getKey()); // a name goes on once
            nameColumns.rowWentOn(last.list(), last.index());
        }
        return true;
    }

    /**
     * Joins each piece of the line to the name cell above it in its own column, when the lines between
     * printed names in other columns only: a group's cell wrapped beside the items it spans (上年结转和 /
     * 其中：动用上年 / 结余资金 / 结转和结余资金 is two cells of two lines each).
     */
    private boolean continuesItsColumn(int page, Map<Integer, List<Word>> bySide) {
        Map<NameColumns.Cell, Word> goesOn = new LinkedHashMap<>();
        for (var e : bySide.entrySet()) {
            for (Word piece : e.getValue()) {
                Optional<NameColumns.Cell> cell = nameColumns.continued(piece, page, e.getKey());
                if (cell.isEmpty() || goesOn.containsKey(cell.get())) {
                    return false;
                }
                goesOn.put(cell.get(), piece);
            }
        }
        goesOn.forEach((cell, piece) -> {
            List<TableRow> list = switch (cell.list()) {
                case "incomeRows" -> incomeRows;
                case "purposeRows" -> purposeRows;
                default -> rows;
            };
            TableRow row = list.get(cell.index());
            list.set(cell.index(), new TableRow(row.code(), row.name() + piece.text(), row.amounts()));
            nameColumns.rowWentOn(cell.list(), cell.index()); // a name goes on once
        });
        lastNames.clear();
        return true;
    }

    /**
     * Whether the name read last ends at the right edge of its side's cells: where the widest names end,
     * an edge that at least one other name of the side reaches too (a centred total alone is no edge).
     */
    private boolean fillsItsCell(int side, LastName last) {
        List<Float> ends = rightEdges.getOrDefault(side, List.of());
        float edge = (float) ends.stream().mapToDouble(Float::doubleValue).max().orElse(0);
        return last.x1() >= edge - glyph / 2 && ends.stream().filter(x -> x >= edge - glyph / 2).count() >= 2;
    }

    /** Records where the names of a line just read went, side by side. */
    private void rememberNames(PdfLine line, String list, int index, int side) {
        List<Word> names = line.words().stream().filter(TableReader::isName).filter(w -> zone(w) == side).toList();
        if (names.isEmpty()) {
            return;
        }
        float x0 = (float) names.stream().mapToDouble(Word::x0).min().orElse(0);
        float x1 = (float) names.stream().mapToDouble(Word::x1).max().orElse(0);
        rightEdges.computeIfAbsent(side, k -> new ArrayList<>()).add(x1);
        lastNames.put(side, new LastName(x0, x1, list, index));
        nameColumns.named(line.page(), line.y(), side, list, index, names);
    }

    /** The line with the pieces of its name printed above ({@code prefix}) and below ({@code suffix}) joined in. */
    private PdfLine joined(PdfLine line, PdfLine prefix, PdfLine suffix) {
        if (prefix == null && suffix == null) {
            return line;
        }
        List<Word> words = new ArrayList<>(line.words());
        String before = prefix == null ? "" : prefix.text().replace(" ", "");
        String after = suffix == null ? "" : suffix.text().replace(" ", "");
        int at = -1;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (!w.isAmount() && !w.isCodePart()) {
                at = k;
            }
        }
        if (at >= 0) {
            Word w = words.get(at);
            words.set(at, new Word(before + w.text() + after, w.x0(), w.x1(), w.y(), w.spaced()));
        } else {
            Word piece = (prefix != null ? prefix : suffix).words().get(0);
            words.add(new Word(before + after, piece.x0(), piece.x1(), line.y(), true));
            words.sort(java.util.Comparator.comparingDouble(Word::x0));
        }
        return new PdfLine(line.file(), line.page(), line.number(), line.y(), words);
    }

    /** A note under or in the table (注：…), or the placeholder of an empty one (无, 本表无数据). */
    private static boolean isNote(String text) {
        String t = text.replace(" ", "");
        // the placeholder may stand in brackets, half- or full-width, even mixed: (无政府性基金支出）
        return NOTE.matcher(t).matches() || t.equals("无") || t.contains("本表无数据") || t.equals("本表为空表")
                || NONE_IN_BRACKETS.matcher(t).matches();
    }

    /** Whether the line is prose or a part heading, which no table holds: the table ended before it. */
    private static boolean endsTable(String text) {
        String t = text.replace(" ", "");
        return PART_HEADING.matcher(t).lookingAt() || (t.length() > 24 && t.contains("。"))
                || (t.length() > 30 && LIST_PUNCTUATION.matcher(t).find() && !TWO_DIGITS.matcher(t).find());
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
        lastNames.clear();
        boolean figures = line.words().stream().anyMatch(Word::isAmount);
        for (int side = 0; side <= 2; side++) {
            int s = side;
            nameColumns.lineRead(line.page(), line.y(), figures, side, line.words().stream().filter(TableReader::isName)
                    .filter(w -> zone(w) == s).toList());
        }
        List<String> code = new ArrayList<>();
        List<String> name = new ArrayList<>();
        List<String> incomeName = new ArrayList<>();
        List<String> purposeName = new ArrayList<>();
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        Map<Column, Amount> incomeAmounts = new EnumMap<>(Column.class);
        Map<Column, Amount> purposeAmounts = new EnumMap<>(Column.class);
        int leadingCode = twoSided ? 0 : leadingCode(line.words());
        for (int i = 0; i < line.words().size(); i++) {
            Word w = line.words().get(i);
            if (i < leadingCode
                    || (name.isEmpty() && incomeName.isEmpty() && w.isCodePart() && layout.inCodeColumns(w))) {
                code.add(w.text());
            } else if (w.isAmount() && layout.inPurposeAmounts(w)) {
                putAmount(purposeAmounts, Column.TOTAL, w, line);
            } else if (w.isAmount() && layout.inAmounts(w) && !(twoSided && w.x1() <= layout.firstCentre())) {
                Optional<Column> c = layout.columnOf(w);
                if (c.isEmpty()) {
                    unplaced.add(new Unplaced(line.place(), w.text(), "amount under no column header"));
                } else if (twoSided && layout.isIncomeSide(c.get())) {
                    putAmount(incomeAmounts, c.get(), w, line);
                } else {
                    putAmount(amounts, c.get(), w, line);
                }
            } else if (twoSided && w.x0() < layout.firstCentre()) {
                incomeName.add(w.text());
            } else if (layout.threeSided() && w.x0() > layout.purposeStart()) {
                purposeName.add(w.text());
            } else {
                name.add(w.text());
            }
        }
        if (purposeName.isEmpty() && !purposeAmounts.isEmpty() && !name.isEmpty() && amounts.isEmpty()) {
            // 支出合计, 当年支出小计: a line of both expenditure sides, its name in the middle, its amount at the right edge
            amounts.putAll(purposeAmounts);
        } else if (!purposeName.isEmpty() || !purposeAmounts.isEmpty()) {
            purposeLine(line, String.join(" ", purposeName), purposeAmounts);
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
        if (rowName.isEmpty() && rows.isEmpty() && total == null && !twoSided) {
            rowName = Column.TOTAL.label();
        }
        if (rowName.isEmpty() && joinsLineAbove(line, amounts)) {
            return false;
        }
        if (rowName.isEmpty()) {
            unplaced.add(new Unplaced(line.place(), line.text(), "amounts without a line name"));
            return false;
        }
        if (isTotal(rowName)) {
            if (amounts.isEmpty() && total != null && rows.isEmpty()) {
                // the name of a total whose amounts were printed above it, before the lines
                total = new TableRow(null, rowName, total.amounts());
                return false;
            }
            total = new TableRow(null, rowName, amounts);
            record("/total", line, amounts);
            lastLine = line;
            lastPointer = "/total";
            // a total printed under the lines closes the table; one printed above them (合计 first) does not
            return !rows.isEmpty() && (!twoSided || incomeTotal != null);
        }
        String joined = code(line, code);
        rows.add(new TableRow(joined, rowName, amounts));
        record("/rows/" + (rows.size() - 1), line, amounts);
        rememberNames(line, "rows", rows.size() - 1, 1);
        lastLine = line;
        lastPointer = "/rows/" + (rows.size() - 1);
        return title.kind() == TableKind.THREE_PUBLIC;
    }

    /** The line last read into a row or the total, its pointer, for figures printed just below it. */
    private PdfLine lastLine;
    private String lastPointer;

    /**
     * Joins figures printed without a name just below the line read last (a cell whose figures stand on
     * two baselines: 合计 with its 基本支出 and 项目支出 above, its 本年支出合计 below), when they fill columns
     * that line left empty.
     */
    private boolean joinsLineAbove(PdfLine line, Map<Column, Amount> amounts) {
        if (lastLine == null || lastLine.page() != line.page() || line.y() - lastLine.y() >= WRAP || amounts.isEmpty()) {
            return false;
        }
        TableRow last = lastPointer.equals("/total") ? total : rows.get(rows.size() - 1);
        if (last == null || amounts.keySet().stream().anyMatch(last.amounts()::containsKey)) {
            return false;
        }
        Map<Column, Amount> joined = new EnumMap<>(Column.class);
        joined.putAll(last.amounts());
        joined.putAll(amounts);
        TableRow row = new TableRow(last.code(), last.name(), joined);
        if (lastPointer.equals("/total")) {
            total = row;
        } else {
            rows.set(rows.size() - 1, row);
        }
        for (Column c : amounts.keySet()) {
            places.put(lastPointer + "/amounts/" + c.name().toLowerCase(Locale.ROOT), line.place());
        }
        return true;
    }

    private void putAmount(Map<Column, Amount> side, Column column, Word w, PdfLine line) {
        Amount a = new Amount(w.amount(), unit == null ? MoneyUnit.YUAN : unit);
        if (side.put(column, a) != null) {
            unplaced.add(new Unplaced(line.place(), line.text(), "two amounts under one column " + column.label()));
        }
    }

    /**
     * How many words at the start of the line are a classification code printed whole (2010201) or
     * in parts (2 08 05, 201 01 01) in a table without 类/款/项 columns: digits only, left of the
     * amounts, before the name, 3, 5 or 7 digits in all. None when they are not.
     */
    private int leadingCode(List<Word> words) {
        if (layout.inCodeColumns(words.get(0)) && layout.codeLimit() != Float.NEGATIVE_INFINITY) {
            return 0;
        }
        StringBuilder digits = new StringBuilder();
        int n = 0;
        while (n < words.size() && CODE_DIGITS.matcher(words.get(n).text()).matches() && words.get(n).x1() < layout.firstCentre()
                && digits.length() < 7) {
            digits.append(words.get(n).text());
            n++;
        }
        boolean named = n < words.size() && !words.get(n).isAmount();
        return named && (digits.length() == 3 || digits.length() == 5 || digits.length() == 7) ? n : 0;
    }

    private void purposeLine(PdfLine line, String name, Map<Column, Amount> amounts) {
        if (name.isEmpty()) {
            unplaced.add(new Unplaced(line.place(), line.text(), "purpose amount without a line name"));
        } else if (!isTotal(name)) {
            purposeRows.add(new TableRow(null, name, amounts));
            record("/purposeRows/" + (purposeRows.size() - 1), line, amounts);
            rememberNames(line, "purposeRows", purposeRows.size() - 1, 2);
        }
    }

    /** The total of a side: 合计, 总计, 收入合计, 支出总计 … (a 小计 is a line of its own). */
    private static boolean isTotal(String name) {
        String n = name.replace(" ", "");
        return n.equals("合计") || n.equals("总计") || SIDE_TOTAL.matcher(n).matches();
    }

    private void incomeLine(PdfLine line, String name, Map<Column, Amount> amounts) {
        if (name.isEmpty()) {
            unplaced.add(new Unplaced(line.place(), line.text(), "income amount without a line name"));
        } else if (isTotal(name)) {
            incomeTotal = new TableRow(null, name, amounts);
            record("/incomeTotal", line, amounts);
        } else {
            incomeRows.add(new TableRow(null, name, amounts));
            record("/incomeRows/" + (incomeRows.size() - 1), line, amounts);
            rememberNames(line, "incomeRows", incomeRows.size() - 1, 0);
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
