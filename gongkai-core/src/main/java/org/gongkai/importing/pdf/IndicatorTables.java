package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.ProjectTarget;

/**
 * Project target tables (项目支出绩效目标表, 绩效目标填报表) read from their layout: a title naming the
 * project, its facts printed as label and value before the indicators (项目名称, 项目金额, 绩效目标),
 * and the indicator rows under a header whose labels (一级指标, 二级指标, 三级指标, 指标值 …) are the
 * profile's phrases. Each word belongs to the column whose header it lies under; a row's lines are
 * told apart from the next row's by the wider gap a ruled or spaced table leaves between rows, or,
 * printed tightly, by a second value. The 一级 and 二级 cells that span several rows are printed once,
 * beside their first row or in the middle of their rows; each covers its rows either way.
 */
final class IndicatorTables {

    /** The columns of an indicator table, each named by a phrase of the profile. */
    enum Field {
        LEVEL1("indicator.level1"), LEVEL2("indicator.level2"), NAME("indicator.name"),
        DESCRIPTION("indicator.description"), VALUE("indicator.value"), BASIS("indicator.basis");

        final String phrase;

        Field(String phrase) {
            this.phrase = phrase;
        }
    }

    /** A gap between two lines of the table wider than this many character heights parts two rows. */
    static final float ROW_GAP = 1.75f;

    /** A level name broken off (满意度指) goes on on a line at most this many character heights below. */
    static final float WRAPPED_LEVEL_GAP = 2.5f;

    /** Lines of one cell are at least this many character heights apart (less is one line, drifted). */
    static final float MIN_PITCH = 0.8f;

    /** A gap between rows is wider than the line pitch inside a cell by this factor at least. */
    static final float WIDER_THAN_PITCH = 1.3f;

    /** Baselines this close (points) are one printed line of a cell. */
    static final float SAME_LINE = 2.0f;

    private static final Pattern LEADING_COLON = Pattern.compile("^[:：]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]");
    private static final Pattern NUMBERED = Pattern.compile("^[（(]?[0-9一二三四五六七八九十]+[)）、.．]\\s*");
    private static final Pattern MONEY = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万元|元)");

    /** A project target table as read, with where each part was printed. */
    record Read(ProjectTarget target, String place, List<String> rowPlaces, String goalPlace, int from, int to) {}

    private final List<PdfLine> lines;
    private final Template template;
    private Map<String, Field> fieldsByLabel; // the header labels of the template, normalised once
    private final List<Unplaced> unplaced;

    private IndicatorTables(List<PdfLine> lines, Template template, List<Unplaced> unplaced) {
        this.lines = lines;
        this.template = template;
        this.unplaced = unplaced;
    }

    /** Every project target table among the lines, in order. */
    static List<Read> read(List<PdfLine> lines, Template template, List<Unplaced> unplaced) {
        return new IndicatorTables(lines, template, unplaced).all();
    }

    private List<Read> all() {
        List<Read> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<Header> header = header(i);
            if (header.isEmpty()) {
                i++;
                continue;
            }
            int start = titleAbove(header.get().line(), tables.isEmpty() ? 0 : tables.get(tables.size() - 1).to());
            Read read = table(start, header.get());
            tables.add(read);
            i = Math.max(read.to(), i + 1);
        }
        return tables;
    }

    // ---- the header ----

    /** The header of an indicator table: the line it starts on, its last line, each column's span. */
    record Header(int line, int last, Map<Field, float[]> columns) {}

    /**
     * A header at line {@code i}: its labels may wrap above and below it (二级指 / 标, 指标值确定依 / 据,
     * set in the middle of their cells), so each word of the line is read with the words stacked over
     * and under it on the neighbouring lines. It names at least the 一级, the 三级 and the value columns.
     */
    private Optional<Header> header(int i) {
        PdfLine line = lines.get(i);
        if (line.words().size() < 3) {
            return Optional.empty();
        }
        float height = characterHeight(line);
        List<Integer> band = new ArrayList<>();
        for (int k = Math.max(0, i - 2); k <= Math.min(lines.size() - 1, i + 2); k++) {
            PdfLine l = lines.get(k);
            if (l.page() == line.page() && Math.abs(l.y() - line.y()) <= height * 2.5f) {
                band.add(k);
            }
        }
        Map<Field, float[]> columns = new EnumMap<>(Field.class);
        int first = i;
        int last = i;
        int onLine = 0;
        List<Word> candidates = new ArrayList<>();
        for (int k : band) {
            candidates.addAll(lines.get(k).words());
        }
        for (Word w : candidates) {
            List<Word> stack = new ArrayList<>();
            List<Integer> from = new ArrayList<>();
            for (int k : band) {
                for (Word o : lines.get(k).words()) {
                    if (o.x0() < w.x1() && w.x0() < o.x1()) {
                        stack.add(o);
                        from.add(k);
                    }
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int n = 0; n < stack.size(); n++) {
                order.add(n);
            }
            order.sort(java.util.Comparator.comparingDouble((Integer n) -> stack.get(n).y()).thenComparingDouble(n -> stack.get(n).x0()));
            int at = order.indexOf(stack.indexOf(w));
            found:
            for (int size = 1; size <= order.size(); size++) {
                for (int a = Math.max(0, at - size + 1); a <= at && a + size <= order.size(); a++) {
                    StringBuilder text = new StringBuilder();
                    for (int n = a; n < a + size; n++) {
                        text.append(TemplateFamilies.normalise(stack.get(order.get(n)).text()));
                    }
                    Optional<Field> f = field(text.toString());
                    if (f.isPresent() && !columns.containsKey(f.get())) {
                        float x0 = w.x0();
                        float x1 = w.x1();
                        for (int n = a; n < a + size; n++) {
                            x0 = Math.min(x0, stack.get(order.get(n)).x0());
                            x1 = Math.max(x1, stack.get(order.get(n)).x1());
                            first = Math.min(first, from.get(order.get(n)));
                            last = Math.max(last, from.get(order.get(n)));
                        }
                        columns.put(f.get(), new float[] {x0, x1});
                        for (int n = a; n < a + size; n++) {
                            if (from.get(order.get(n)) == i) {
                                onLine++;
                                break;
                            }
                        }
                        break found;
                    }
                }
            }
        }
        if (!columns.containsKey(Field.LEVEL1) || !columns.containsKey(Field.NAME) || !columns.containsKey(Field.VALUE)
                || onLine < 2) {
            return Optional.empty(); // a header is read from its own line, not from a line beside it
        }
        return Optional.of(new Header(first, last, columns));
    }

    private Optional<Field> field(String text) {
        if (fieldsByLabel == null) {
            fieldsByLabel = new HashMap<>();
            for (Field f : Field.values()) {
                for (String label : template.phrases(f.phrase)) {
                    fieldsByLabel.putIfAbsent(TemplateFamilies.normalise(label), f);
                }
            }
        }
        return Optional.ofNullable(fieldsByLabel.get(text));
    }

    /** The first line of the table's title and facts above the header, not before {@code floor}. */
    private int titleAbove(int header, int floor) {
        for (int k = header - 1; k >= floor && k >= header - 12; k--) {
            String t = lines.get(k).text();
            if (!isTitle(t) && k + 1 < header && isTitleStart(t) && isTitle(t + lines.get(k + 1).text())) {
                return k; // a title wrapped onto a second line (…绩效目 / 标表)
            }
            if (isTitle(t)) {
                return k > floor && isTitleStart(lines.get(k - 1).text()) && isTitle(lines.get(k - 1).text() + t) ? k - 1 : k;
            }
        }
        return header;
    }

    /** A title wrapped over two lines starts with its number (1、) or is long: its last line is short. */
    private static boolean isTitleStart(String text) {
        return NUMBERED.matcher(TemplateFamilies.normalise(text)).find();
    }

    private boolean isTitle(String text) {
        String t = TemplateFamilies.normalise(text);
        return template.phrases("performance.table").stream().map(TemplateFamilies::normalise).anyMatch(t::endsWith);
    }

    // ---- one table ----

    private Read table(int start, Header header) {
        String name = null;
        String place = lines.get(start).place();
        Amount amount = null;
        String goal = null;
        String goalPlace = null;
        Field open = null;
        StringBuilder goalText = new StringBuilder();
        for (int k = start; k < header.line(); k++) {
            String t = bare(lines.get(k).text());
            boolean wrapped = k == start && !isTitle(lines.get(k).text()) && k + 1 < header.line()
                    && isTitle(lines.get(k).text() + lines.get(k + 1).text());
            if (wrapped || (k == start && isTitle(lines.get(k).text()))) {
                if (wrapped) {
                    t = t + bare(lines.get(++k).text());
                }
                String bare = NUMBERED.matcher(t).replaceFirst("");
                for (String title : template.phrases("performance.table")) {
                    String n = bare(title);
                    if (bare.endsWith(n)) {
                        bare = bare.substring(0, bare.length() - n.length());
                        break;
                    }
                }
                name = bare.isEmpty() ? null : bare;
                continue;
            }
            Optional<String> named = after(t, "project.name");
            Optional<String> money = after(t, "project.amount");
            Optional<String> aim = after(t, "project.goal");
            if (named.isPresent() && !named.get().isEmpty()) {
                name = named.get();
                open = null;
            } else if (money.isPresent()) {
                Matcher m = MONEY.matcher(money.get());
                if (m.find()) {
                    String v = m.group(1).replace(",", "");
                    amount = m.group(2).equals("万元") ? Amount.wan(v) : Amount.of(v, MoneyUnit.YUAN);
                }
                open = null;
            } else if (aim.isPresent()) {
                goalText.append(aim.get());
                goalPlace = lines.get(k).place();
                open = Field.DESCRIPTION;
            } else if (open != null) {
                goalText.append(t); // the goal's text goes on over its lines
            } else {
                unplaced.add(new Unplaced(lines.get(k).place(), lines.get(k).text(), "line above a project target table not understood"));
            }
        }
        goal = goalText.isEmpty() ? null : goalText.toString();
        Body body = body(header);
        if (goal == null && body.goal() != null) {
            goal = body.goal();
            goalPlace = body.goalPlace();
        }
        List<Indicator> indicators = new ArrayList<>();
        List<String> rowPlaces = new ArrayList<>();
        for (Row r : body.rows()) {
            String level1 = r.cells.get(Field.LEVEL1);
            String level2 = r.cells.get(Field.LEVEL2);
            String indicatorName = r.cells.get(Field.NAME);
            if (level1 == null || level2 == null || indicatorName == null) {
                r.report(unplaced, "indicator row without its 一级, 二级 or 三级 name");
                continue;
            }
            String value = r.cells.get(Field.VALUE);
            indicators.add(new Indicator(level1, level2, indicatorName, r.cells.get(Field.DESCRIPTION),
                    value == null ? null : IndicatorValue.parse(value), r.cells.get(Field.BASIS)));
            rowPlaces.add(r.lines.get(0).place());
        }
        if (name == null) {
            unplaced.add(new Unplaced(place, lines.get(start).text(), "project target table whose project is not named"));
            name = "（未注明项目名称）";
        }
        return new Read(new ProjectTarget(name, amount, goal, indicators), place, rowPlaces, goalPlace, start, body.end());
    }

    /** The text after a label of the fact at the start of the line (项目名称：X), if the line starts so. */
    private Optional<String> after(String line, String fact) {
        for (String label : template.phrases(fact)) {
            String l = bare(label);
            if (line.startsWith(l)) {
                return Optional.of(LEADING_COLON.matcher(line.substring(l.length())).replaceFirst("").strip());
            }
        }
        return Optional.empty();
    }

    // ---- the rows ----

    /** A row being read: its lines and the text of each of its cells. */
    private static final class Row {
        final List<PdfLine> lines = new ArrayList<>();
        final Map<Field, String> cells = new EnumMap<>(Field.class);
        float top;
        float bottom;

        void add(Field f, String text) {
            cells.merge(f, text, String::concat);
        }

        void report(List<Unplaced> unplaced, String reason) {
            lines.forEach(l -> unplaced.add(new Unplaced(l.place(), l.text(), reason)));
        }
    }

    /**
     * The least gap between two rows: more than the line pitch inside a cell, measured as the least
     * gap between two lines that both print in one column; without a cell of two lines, {@link #ROW_GAP}
     * character heights (rows are then also told apart by their values).
     */
    private static float rowGap(List<PdfLine> body, List<Map<Field, String>> cells, float height) {
        float pitch = Float.MAX_VALUE;
        for (Field f : new Field[] {Field.NAME, Field.DESCRIPTION, Field.VALUE, Field.BASIS}) {
            PdfLine last = null;
            for (int n = 0; n < body.size(); n++) {
                if (!cells.get(n).containsKey(f)) {
                    continue;
                }
                PdfLine l = body.get(n);
                if (last != null && last.page() == l.page() && l.y() - last.y() >= height * MIN_PITCH) {
                    pitch = Math.min(pitch, l.y() - last.y());
                }
                last = l;
            }
        }
        return pitch == Float.MAX_VALUE ? height * ROW_GAP : Math.max(height * ROW_GAP, pitch * WIDER_THAN_PITCH);
    }

    /** A level cell (一级 or 二级) as printed: its text and the middle of its lines. */
    private record LevelCell(Field field, String text, int page, float top, float bottom) {
        float middle() {
            return (top + bottom) / 2;
        }
    }

    /** The rows, the goal printed as the table's first row (绩效目标 | its text across the table), where the table ends. */
    private record Body(List<Row> rows, String goal, String goalPlace, int end) {}

    private Body body(Header header) {
        Map<Field, float[]> columns = header.columns();
        List<Row> rows = new ArrayList<>();
        List<LevelCell> levels = new ArrayList<>();
        List<PdfLine> body = new ArrayList<>();
        List<Map<Field, String>> bodyCells = new ArrayList<>();
        float height = characterHeight(lines.get(header.line()));
        int k = header.last() + 1;
        PdfLine previous = null;
        StringBuilder goal = new StringBuilder();
        String goalPlace = null;
        Float goalLeft = null;
        for (; k < lines.size(); k++) {
            PdfLine l = lines.get(k);
            if (PdfImporter.isNumbering(l.text())) {
                continue; // a page number inside the table
            }
            Optional<Header> repeated = header(k);
            if (repeated.isPresent() && repeated.get().line() > header.last()) {
                k = repeated.get().last();
                previous = null;
                continue; // the header printed again on the next page
            }
            if (isTitle(l.text()) || Section.headingKind(l.text(), template) != Section.Kind.NONE) {
                break;
            }
            Optional<String> aim = after(bare(l.text()), "project.goal");
            boolean goesOn = goalLeft != null && previous != null && previous.page() == l.page()
                    && l.y() - previous.y() <= height * ROW_GAP && Math.abs(l.words().get(0).x0() - goalLeft) <= SAME_LINE;
            if (body.isEmpty() && levels.isEmpty() && (aim.isPresent() || !fits(l, columns) || goesOn)) {
                goal.append(aim.orElse(bare(l.text())));
                goalPlace = goalPlace == null ? l.place() : goalPlace;
                if (aim.isEmpty() && goalLeft == null) {
                    goalLeft = l.words().get(0).x0();
                }
                previous = l;
                continue; // the goal, printed across the table above its indicators, over one or more lines
            }
            if (!fits(l, columns)) {
                break;
            }
            Map<Field, String> cells = new EnumMap<>(Field.class);
            float rowY = Float.MAX_VALUE;
            for (Word w : l.words()) {
                Field f = column(w, columns);
                cells.merge(f, w.text(), String::concat);
                if (f != Field.LEVEL1 && f != Field.LEVEL2) {
                    rowY = Math.min(rowY, w.y()); // the line's own baseline, not that of a level cell merged into it
                }
            }
            for (Field f : new Field[] {Field.LEVEL1, Field.LEVEL2}) {
                String text = cells.remove(f);
                if (text != null) {
                    int at = lastOf(levels, f);
                    LevelCell last = at < 0 ? null : levels.get(at);
                    boolean wraps = last != null && !isWhole(last.text())
                            && (isWhole(last.text() + text) || last.page() == l.page() - 1
                                    || (last.page() == l.page() && l.y() - last.bottom() <= height * WRAPPED_LEVEL_GAP));
                    if (wraps) {
                        levels.set(at, new LevelCell(f, last.text() + text, last.page(), last.top(),
                                last.page() == l.page() ? l.y() : last.bottom())); // a name wrapped in a narrow cell
                    } else {
                        levels.add(new LevelCell(f, text, l.page(), l.y(), l.y()));
                    }
                }
            }
            previous = l;
            if (!cells.isEmpty()) {
                body.add(new PdfLine(l.file(), l.page(), l.number(), rowY, l.words()));
                bodyCells.add(cells);
            }
        }
        float rowGap = rowGap(body, bodyCells, height);
        Row row = null;
        PdfLine before = null;
        for (int n = 0; n < body.size(); n++) {
            PdfLine l = body.get(n);
            Map<Field, String> cells = bodyCells.get(n);
            boolean newPage = before != null && before.page() != l.page();
            boolean gap = row != null && (newPage || l.y() - row.bottom > rowGap);
            boolean secondValue = row != null && cells.containsKey(Field.VALUE) && row.cells.containsKey(Field.VALUE);
            boolean rowGoesOnOverThePage = row != null && newPage
                    && (!row.cells.containsKey(Field.NAME) || !row.cells.containsKey(Field.VALUE)) && !cells.containsKey(Field.NAME);
            if (row == null || (gap && !rowGoesOnOverThePage) || secondValue) {
                row = new Row();
                row.top = l.y();
                rows.add(row);
            }
            row.lines.add(l);
            row.bottom = l.y();
            for (Map.Entry<Field, String> c : cells.entrySet()) {
                row.add(c.getKey(), c.getValue());
            }
            before = l;
        }
        spread(levels, rows);
        return new Body(rows, goal.isEmpty() ? null : goal.toString(), goalPlace, k);
    }

    /**
     * Whether a level's text is a whole name: one of the framework's, or ending in 指标. A level
     * name wrapped in a narrow cell (满意度指 / 标, 服务对象满意 / 度指标) is whole only with its next line.
     */
    private boolean isWhole(String level) {
        var framework = template.profile().framework();
        String bare = org.gongkai.model.profile.IndicatorFramework.normalise(level);
        if (level.endsWith("指标") || framework == null) {
            return level.endsWith("指标");
        }
        return framework.category(level).isPresent() || framework.categories().stream()
                .flatMap(c -> c.secondLevel().stream())
                .anyMatch(s -> org.gongkai.model.profile.IndicatorFramework.normalise(s.name()).equals(bare)
                        || s.aliases().stream().map(org.gongkai.model.profile.IndicatorFramework::normalise).anyMatch(bare::equals));
    }

    private static int lastOf(List<LevelCell> levels, Field f) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            if (levels.get(i).field() == f) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Gives every row the 一级 and 二级 cells that cover it: the cells of a column, in order, each
     * covering a run of rows. Printed beside the first line of a row each (a listing, or a ruled
     * table set at the top of its cells), a cell covers its row and those down to the next cell's;
     * printed lower (set in the middle of the cells it spans), its run reaches as far below it as above.
     */
    private static void spread(List<LevelCell> levels, List<Row> rows) {
        for (Field f : new Field[] {Field.LEVEL1, Field.LEVEL2}) {
            List<LevelCell> cells = levels.stream().filter(c -> c.field() == f).toList();
            if (cells.isEmpty()) {
                continue;
            }
            List<Integer> starts = new ArrayList<>();
            for (LevelCell c : cells) {
                starts.add(rowStartingAt(rows, c));
            }
            if (!starts.contains(-1)) {
                for (int c = 0; c < cells.size(); c++) {
                    int end = c + 1 < cells.size() ? starts.get(c + 1) : rows.size();
                    for (int k = c == 0 ? 0 : starts.get(c); k < end; k++) {
                        rows.get(k).cells.putIfAbsent(f, cells.get(c).text());
                    }
                }
                continue;
            }
            int r = 0;
            for (int c = 0; c < cells.size() && r < rows.size(); c++) {
                LevelCell cell = cells.get(c);
                while (r < rows.size() - 1 && pageOf(rows.get(r)) < cell.page() && c > 0) {
                    rows.get(r).cells.putIfAbsent(f, cells.get(c - 1).text()); // a run that goes on over a page
                    r++;
                }
                int last = runEnd(rows, r, cell, cells.size() - c - 1);
                for (int k = r; k <= last; k++) {
                    rows.get(k).cells.putIfAbsent(f, cell.text());
                }
                r = last + 1;
            }
            for (; r < rows.size(); r++) {
                rows.get(r).cells.putIfAbsent(f, cells.get(cells.size() - 1).text()); // after the last cell, on a following page
            }
        }
    }

    /** The row whose first line the cell is printed beside, or -1. */
    private static int rowStartingAt(List<Row> rows, LevelCell cell) {
        for (int k = 0; k < rows.size(); k++) {
            if (pageOf(rows.get(k)) == cell.page() && Math.abs(rows.get(k).top - cell.top()) <= SAME_LINE) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The last row of the run a cell covers from row {@code first}, leaving one row at least for
     * each of the {@code after} cells still to come: the run whose middle is nearest the cell's.
     */
    private static int runEnd(List<Row> rows, int first, LevelCell cell, int after) {
        int limit = rows.size() - 1 - after;
        int best = first;
        float bestDistance = Float.MAX_VALUE;
        for (int e = first; e <= Math.max(first, limit); e++) {
            if (pageOf(rows.get(e)) != cell.page()) {
                break;
            }
            float middle = (rows.get(first).top + rows.get(e).bottom) / 2;
            float distance = Math.abs(middle - cell.middle());
            if (distance < bestDistance - 0.5f) {
                best = e;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int pageOf(Row r) {
        return r.lines.get(0).page();
    }

    /** The column a word lies under: the header it overlaps most, else the nearest. */
    private static Field column(Word w, Map<Field, float[]> columns) {
        Field best = null;
        float bestOverlap = 0;
        for (Map.Entry<Field, float[]> c : columns.entrySet()) {
            float overlap = Math.min(w.x1(), c.getValue()[1]) - Math.max(w.x0(), c.getValue()[0]);
            if (overlap > bestOverlap) {
                best = c.getKey();
                bestOverlap = overlap;
            }
        }
        if (best != null) {
            return best;
        }
        float bestGap = Float.MAX_VALUE;
        for (Map.Entry<Field, float[]> c : columns.entrySet()) {
            float gap = w.x1() < c.getValue()[0] ? c.getValue()[0] - w.x1() : w.x0() - c.getValue()[1];
            if (gap < bestGap) {
                best = c.getKey();
                bestGap = gap;
            }
        }
        return best;
    }

    /** Whether the line belongs to the table: no word of it runs across three columns' headers (prose does). */
    private static boolean fits(PdfLine l, Map<Field, float[]> columns) {
        for (Word w : l.words()) {
            int spanned = 0;
            for (float[] c : columns.values()) {
                if (w.x0() < c[1] && c[0] < w.x1()) {
                    spanned++;
                }
            }
            if (spanned >= 3) {
                return false;
            }
        }
        return true;
    }

    /** The text without the spaces a PDF's text layer puts between words; brackets and all else as printed. */
    private static String bare(String text) {
        return SPACES.matcher(text).replaceAll("");
    }

    /** The height of one character of the header's text: a Chinese character is as wide as it is high. */
    private static float characterHeight(PdfLine l) {
        float width = 0;
        int count = 0;
        for (Word w : l.words()) {
            width += w.x1() - w.x0();
            count += w.text().length();
        }
        return count == 0 ? 10 : width / count;
    }
}
