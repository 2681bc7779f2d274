package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.TableRow;

/**
 * The tables of a 决算 as {@link TableReader} reads them, turned into the model's conventions (ADR 0009):
 * the closing lines of the two summaries (本年收入合计, 年初结转和结余, 总计 …) become columns of their total
 * rows, the 财政拨款 summary keeps each fund's account as a row of its income side, the row total of the line
 * tables is {@code total}, and 小计 under 本年支出 of the fund tables is 本年支出. What each closing line is
 * comes from the profile's header labels ({@code columns}), never from the names of one document.
 */
final class FinalAccountsTables {

    private static final Pattern NUMBERING = Pattern.compile("^([一二三四五六七八九十]+、|\\d+\\s*[、.．])");
    private static final Set<Column> INCOME_CLOSING = Set.of(Column.CURRENT_INCOME, Column.USE_OF_BALANCE,
            Column.OPENING_BALANCE, Column.GRAND_TOTAL);
    private static final Set<Column> EXPENDITURE_CLOSING = Set.of(Column.CURRENT_EXPENDITURE,
            Column.BALANCE_DISTRIBUTION, Column.CLOSING_BALANCE, Column.GRAND_TOTAL);
    private static final Set<Column> FUNDS = Set.of(Column.GENERAL_PUBLIC_BUDGET, Column.GOVERNMENT_FUND, Column.STATE_CAPITAL);

    private final Template template;
    private final Map<String, String> places;
    private final List<Unplaced> unplaced;

    private FinalAccountsTables(Template template, Map<String, String> places, List<Unplaced> unplaced) {
        this.template = template;
        this.places = places;
        this.unplaced = unplaced;
    }

    /**
     * The tables in the model's conventions; {@code places} (pointers under /tables/n) are moved with
     * the values they place.
     */
    static List<BudgetTable> shape(List<BudgetTable> tables, Template template, Map<String, String> places,
            List<Unplaced> unplaced) {
        FinalAccountsTables shaper = new FinalAccountsTables(template, places, unplaced);
        List<BudgetTable> shaped = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            shaped.add(shaper.shape(tables.get(i), "/tables/" + i));
        }
        return shaped;
    }

    private BudgetTable shape(BudgetTable t, String at) {
        return switch (t.kind()) {
            case FINAL_INCOME_EXPENDITURE_SUMMARY -> summary(t, at);
            case FINAL_FISCAL_GRANT_SUMMARY -> fiscalGrants(t, at);
            case FINAL_INCOME -> renamed(t, at, Column.CURRENT_INCOME, Column.TOTAL);
            case FINAL_EXPENDITURE -> renamed(t, at, Column.CURRENT_EXPENDITURE, Column.TOTAL);
            case FINAL_GOVERNMENT_FUND, FINAL_STATE_CAPITAL -> withoutEmptyTotal(
                    renamed(t, at, Column.VEHICLES, Column.CURRENT_EXPENDITURE), at);
            default -> t;
        };
    }

    /** The table with one column renamed, in its rows, totals and places. */
    private BudgetTable renamed(BudgetTable t, String at, Column from, Column to) {
        renamePlaces(at, "/amounts/" + key(from), "/amounts/" + key(to));
        return renamed(t, Map.of(from, to));
    }

    /** An empty table's 合计 printed without figures is no total. */
    private BudgetTable withoutEmptyTotal(BudgetTable t, String at) {
        if (t.total() == null || !t.total().amounts().isEmpty() || !t.rows().isEmpty()) {
            return t;
        }
        dropPlaces(at + "/total");
        return new BudgetTable(t.kind(), t.number(), t.title(), t.unit(), t.columns(), t.incomeRows(), t.incomeTotal(),
                t.rows(), null, t.note(), t.purposeRows());
    }

    /** 收入支出决算总表: the lines by source and by function, 决算数 on both sides; the closing lines on the total rows. */
    private BudgetTable summary(BudgetTable t, String at) {
        Side income = closing(joinBroken(t.incomeRows(), at + "/incomeRows"), at + "/incomeRows", INCOME_CLOSING,
                t.incomeTotal(), at + "/incomeTotal");
        Side spending = closing(joinBroken(t.rows(), at + "/rows"), at + "/rows", EXPENDITURE_CLOSING, t.total(), at + "/total");
        List<TableRow> rows = spending.rows().stream().map(r -> renamed(r, Map.of(Column.TOTAL, Column.OUTTURN))).toList();
        renamePlaces(at + "/rows", "/amounts/total", "/amounts/outturn");
        List<Column> columns = t.columns().contains(Column.OUTTURN) ? List.of(Column.OUTTURN) : t.columns();
        return new BudgetTable(t.kind(), t.number(), t.title(), t.unit(), columns, income.rows(),
                income.total(), rows, spending.total(), t.note(), t.purposeRows());
    }

    /** The lines of one side and its total row, the closing lines moved into the total as columns. */
    private record Side(List<TableRow> rows, TableRow total) {}

    private Side closing(List<TableRow> rows, String rowsAt, Set<Column> closing, TableRow printedTotal, String totalAt) {
        List<TableRow> kept = new ArrayList<>();
        Map<Column, Amount> total = new EnumMap<>(Column.class);
        Map<String, String> moved = new LinkedHashMap<>();
        String name = printedTotal == null ? null : printedTotal.name();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            Optional<Column> c = closingColumn(r.name()).filter(closing::contains);
            String from = rowsAt + "/" + i;
            if (c.isPresent()) {
                one(r).ifPresent(a -> {
                    total.put(c.get(), a);
                    moved.put(totalAt + "/amounts/" + key(c.get()), places.get(from));
                });
                if (c.get() == Column.GRAND_TOTAL) {
                    name = r.name();
                }
                dropPlaces(from);
            } else {
                String to = rowsAt + "/" + kept.size();
                movePlaces(from, to);
                kept.add(r);
            }
        }
        if (printedTotal != null) {
            one(printedTotal).ifPresent(a -> {
                total.put(Column.GRAND_TOTAL, a);
                moved.put(totalAt + "/amounts/" + key(Column.GRAND_TOTAL), places.get(totalAt));
            });
            dropPlaces(totalAt + "/amounts");
        }
        moved.forEach((k, v) -> {
            if (v != null) {
                places.put(k, v);
            }
        });
        if (total.isEmpty() && printedTotal == null) {
            return new Side(kept, null);
        }
        if (!moved.isEmpty()) {
            places.putIfAbsent(totalAt, moved.values().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null));
        }
        return new Side(kept, new TableRow(null, name == null ? Column.GRAND_TOTAL.label() : name, total));
    }

    /**
     * 财政拨款收入支出决算总表: the funds' income (本年收入) and carry-over (年初结转和结余) read from the lines
     * of the income side under each, their spending and closing balance from the columns of 本年支出合计
     * and 年末结转和结余. As in the other summary (ADR 0009), each side's closing lines go on that side's
     * total row: 本年收入合计, 年初结转和结余 and 总计 on the income side's, 本年支出合计 (in the table's
     * columns) with 结余分配, 年末结转和结余 and 总计 on the expenditure side's.
     */
    private BudgetTable fiscalGrants(BudgetTable t, String at) {
        List<TableRow> incomeRows = joinBroken(t.incomeRows(), at + "/incomeRows");
        List<TableRow> spendingRows = joinBroken(t.rows(), at + "/rows");
        Map<Column, Map<Column, Amount>> funds = new LinkedHashMap<>();
        Map<Column, String> fundNames = new LinkedHashMap<>();
        Map<Column, String> fundPlaces = new LinkedHashMap<>();
        Map<Column, Amount> total = new EnumMap<>(Column.class);
        Map<String, String> moved = new LinkedHashMap<>();
        String totalAt = at + "/incomeTotal";
        Column phase = Column.CURRENT_INCOME;
        for (int i = 0; i < incomeRows.size(); i++) {
            TableRow r = incomeRows.get(i);
            String from = at + "/incomeRows/" + i;
            Optional<Column> c = closingColumn(r.name());
            if (c.isPresent() && FUNDS.contains(c.get())) {
                Column fund = c.get();
                Column column = phase;
                funds.computeIfAbsent(fund, k -> new EnumMap<>(Column.class));
                fundNames.putIfAbsent(fund, r.name());
                fundPlaces.putIfAbsent(fund, places.get(from));
                one(r).ifPresent(a -> {
                    funds.get(fund).put(column, a);
                    moved.put(fund + "/" + key(column), places.get(from));
                });
            } else if (c.isPresent() && INCOME_CLOSING.contains(c.get())) {
                Column column = c.get();
                one(r).ifPresent(a -> {
                    total.put(column, a);
                    moved.put(totalAt + "/amounts/" + key(column), places.get(from));
                });
                if (column == Column.OPENING_BALANCE) {
                    phase = Column.OPENING_BALANCE;
                }
            } else {
                unplaced.add(new Unplaced(place(from), r.name(), "a line of the 财政拨款 summary's income side that is no fund and no closing line"));
            }
            dropPlaces(from);
        }
        if (t.incomeTotal() != null) {
            one(t.incomeTotal()).ifPresent(a -> {
                total.put(Column.GRAND_TOTAL, a);
                moved.put(totalAt + "/amounts/grand_total", places.get(totalAt));
            });
            dropPlaces(totalAt + "/amounts");
        }
        List<TableRow> rows = new ArrayList<>();
        TableRow spent = null;
        String spentAt = null;
        Map<Column, Amount> outClosing = new EnumMap<>(Column.class);
        Map<Column, String> outPlaces = new EnumMap<>(Column.class);
        for (int i = 0; i < spendingRows.size(); i++) {
            TableRow r = spendingRows.get(i);
            String from = at + "/rows/" + i;
            Optional<Column> c = closingColumn(r.name()).filter(EXPENDITURE_CLOSING::contains);
            if (c.isEmpty()) {
                movePlaces(from, at + "/rows/" + rows.size());
                rows.add(r);
                continue;
            }
            Column column = c.get();
            String place = places.get(from);
            Amount whole = r.amounts().getOrDefault(Column.TOTAL, one(r).orElse(null));
            if (column == Column.CURRENT_EXPENDITURE) {
                spent = r;
                spentAt = place;
            } else if (whole != null) {
                outClosing.put(column, whole);
                outPlaces.put(column, place);
            }
            for (Column fund : FUNDS) {
                Amount a = r.amounts().get(fund);
                if (a != null && column != Column.GRAND_TOTAL) {
                    funds.computeIfAbsent(fund, k -> new EnumMap<>(Column.class)).put(column, a);
                    moved.put(fund + "/" + key(column), place);
                }
            }
            if (column == Column.GRAND_TOTAL && whole != null && total.containsKey(Column.GRAND_TOTAL)
                    && whole.value().compareTo(total.get(Column.GRAND_TOTAL).value()) != 0) {
                unplaced.add(new Unplaced(place == null ? "" : place, r.name() + " " + whole.value().toPlainString(),
                        "the expenditure side's 总计 differs from the income side's"));
            }
            dropPlaces(from);
        }
        if (t.total() != null && spent == null) {
            spent = t.total();
            spentAt = places.get(at + "/total");
        } else {
            Amount printedTotal = t.total() == null || !closingColumn(t.total().name()).equals(Optional.of(Column.GRAND_TOTAL))
                    ? null : t.total().amounts().getOrDefault(Column.TOTAL, one(t.total()).orElse(null));
            if (printedTotal != null && !outClosing.containsKey(Column.GRAND_TOTAL)) {
                // the expenditure side's 总计 read as the table's total line: a closing line like the others
                outClosing.put(Column.GRAND_TOTAL, printedTotal);
                outPlaces.put(Column.GRAND_TOTAL, places.get(at + "/total"));
            }
            dropPlaces(at + "/total");
        }
        List<TableRow> fundRows = new ArrayList<>();
        for (Map.Entry<Column, Map<Column, Amount>> f : funds.entrySet()) {
            String rowAt = at + "/incomeRows/" + fundRows.size();
            String name = fundNames.getOrDefault(f.getKey(), f.getKey().label());
            fundRows.add(new TableRow(null, name, f.getValue()));
            String first = fundPlaces.get(f.getKey());
            if (first != null) {
                places.put(rowAt, first);
            }
            for (Column c : f.getValue().keySet()) {
                String p = moved.get(f.getKey() + "/" + key(c));
                if (p != null) {
                    places.put(rowAt + "/amounts/" + key(c), p);
                }
            }
        }
        moved.forEach((k, v) -> {
            if (k.startsWith("/") && v != null) {
                places.put(k, v);
            }
        });
        if (spent != null) {
            places.put(at + "/total", spentAt);
            for (Column c : spent.amounts().keySet()) {
                places.put(at + "/total/amounts/" + key(c), spentAt);
            }
        }
        TableRow outTotal = spent == null ? null : new TableRow(null, spent.name(), spent.amounts());
        if (!outClosing.isEmpty()) {
            Map<Column, Amount> amounts = new EnumMap<>(Column.class);
            if (spent != null) {
                amounts.putAll(spent.amounts());
            }
            amounts.putAll(outClosing);
            outTotal = new TableRow(null, spent == null ? Column.GRAND_TOTAL.label() : spent.name(), amounts);
            outPlaces.forEach((c, p) -> {
                if (p != null) {
                    places.put(at + "/total/amounts/" + key(c), p);
                    places.putIfAbsent(at + "/total", p);
                }
            });
        }
        TableRow incomeTotal = total.isEmpty() ? null
                : new TableRow(null, t.incomeTotal() != null ? t.incomeTotal().name() : Column.GRAND_TOTAL.label(), total);
        if (incomeTotal != null) {
            places.putIfAbsent(totalAt, moved.values().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null));
        }
        return new BudgetTable(t.kind(), t.number(), t.title(), t.unit(),
                t.columns().stream().filter(c -> c != Column.OUTTURN).toList(), fundRows, incomeTotal, rows,
                outTotal, t.note(), t.purposeRows());
    }

    /**
     * The lines of a side with the names broken over two lines joined: a piece without numbering or
     * meaning of its own (款, 出) continues the numbered line above it, the figures printed on either line.
     */
    private List<TableRow> joinBroken(List<TableRow> rows, String at) {
        List<TableRow> joined = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            String from = at + "/" + i;
            TableRow above = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean piece = above != null && (r.amounts().isEmpty() || above.amounts().isEmpty()) && r.code() == null
                    && !NUMBERING.matcher(r.name()).find() && closingColumn(r.name()).isEmpty()
                    && NUMBERING.matcher(above.name()).find() && r.name().replace(" ", "").length() <= 6;
            if (piece) {
                joined.remove(joined.size() - 1);
                Map<Column, Amount> amounts = new EnumMap<>(Column.class);
                amounts.putAll(above.amounts());
                amounts.putAll(r.amounts());
                joined.add(new TableRow(above.code(), above.name() + r.name().replace(" ", ""), amounts));
                movePlaces(from + "/amounts", at + "/" + (joined.size() - 1) + "/amounts");
                dropPlaces(from);
            } else {
                movePlaces(from, at + "/" + joined.size());
                joined.add(r);
            }
        }
        return joined;
    }

    /** What a line name of a summary stands for, by the profile's labels: a closing line or a fund. */
    private Optional<Column> closingColumn(String name) {
        String bare = NUMBERING.matcher(name.replace(" ", "")).replaceFirst("");
        return template.column(bare);
    }

    /** The one amount a line of a summary carries (its side's 决算数), if any. */
    private static Optional<Amount> one(TableRow r) {
        return r.amounts().values().stream().findFirst();
    }

    private BudgetTable renamed(BudgetTable t, Map<Column, Column> names) {
        if (t.columns().stream().noneMatch(names::containsKey)) {
            return t;
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            Column n = names.getOrDefault(c, c);
            if (!columns.contains(n)) {
                columns.add(n);
            }
        }
        return new BudgetTable(t.kind(), t.number(), t.title(), t.unit(), columns, t.incomeRows(),
                t.incomeTotal() == null ? null : renamed(t.incomeTotal(), names),
                t.rows().stream().map(r -> renamed(r, names)).toList(),
                t.total() == null ? null : renamed(t.total(), names), t.note(), t.purposeRows());
    }

    private static TableRow renamed(TableRow r, Map<Column, Column> names) {
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        r.amounts().forEach((c, a) -> amounts.put(names.getOrDefault(c, c), a));
        return new TableRow(r.code(), r.name(), amounts);
    }

    /** Renames the places of the table's renamed columns (renamed in every table read, at any pointer). */
    void renamePlaces(String under, String from, String to) {
        Map<String, String> renamed = new LinkedHashMap<>();
        places.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(under) && e.getKey().endsWith(from)) {
                renamed.put(e.getKey().substring(0, e.getKey().length() - from.length()) + to, e.getValue());
                return true;
            }
            return false;
        });
        places.putAll(renamed);
    }

    private void movePlaces(String from, String to) {
        if (from.equals(to)) {
            return;
        }
        Map<String, String> moved = new LinkedHashMap<>();
        places.entrySet().removeIf(e -> {
            if (e.getKey().equals(from) || e.getKey().startsWith(from + "/")) {
                moved.put(to + e.getKey().substring(from.length()), e.getValue());
                return true;
            }
            return false;
        });
        places.putAll(moved);
    }

    private void dropPlaces(String at) {
        places.keySet().removeIf(k -> k.equals(at) || k.startsWith(at + "/"));
    }

    private String place(String at) {
        String p = places.get(at);
        return p == null ? "" : p;
    }

    static String key(Column c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    /** A table read here from its lines: the table, its places (relative to it) and what was not placed. */
    record Read(BudgetTable table, Map<String, String> places, List<Unplaced> unplaced) {}

    /** The most a header cell's next line lies below its line (points), as in {@link ColumnLayout}. */
    private static final float STACK_GAP = 24f;

    /**
     * 财政拨款“三公”经费支出决算表, whose header pairs 预算数 and 决算数 under each item (合计, 因公出国（境）费,
     * 公务用车购置及运行费 with its 小计, 购置费 and 运行费, 公务接待费): one 预算数 row and one 决算数 row, each
     * amount under the item whose label stands nearest above its pair of labels. Empty when the header has
     * no such pairs (a table printed with items as lines is left to {@link TableReader}).
     */
    static Optional<Read> threePublic(List<PdfLine> lines, BudgetTable read, int from, int to, Template template) {
        int pairsAt = -1;
        for (int i = from + 1; i < to && pairsAt < 0; i++) {
            long n = lines.get(i).words().stream().map(w -> template.column(w.text()).orElse(null))
                    .filter(c -> c == Column.INITIAL_BUDGET || c == Column.OUTTURN).count();
            if (n >= 4) {
                pairsAt = i;
            }
        }
        if (pairsAt < 0) {
            return Optional.empty();
        }
        PdfLine pairs = lines.get(pairsAt);
        List<Word> subs = pairs.words().stream().filter(w -> template.column(w.text())
                .filter(c -> c == Column.INITIAL_BUDGET || c == Column.OUTTURN).isPresent()).toList();
        List<Word> header = new ArrayList<>();
        for (int i = from + 1; i < pairsAt; i++) {
            if (lines.get(i).page() == pairs.page()) {
                header.addAll(lines.get(i).words());
            }
        }
        List<Group> groups = groups(header, template);
        List<Column> itemOf = new ArrayList<>();
        for (int k = 0; k < subs.size(); k++) {
            Word s = subs.get(k);
            boolean budget = template.column(s.text()).orElseThrow() == Column.INITIAL_BUDGET;
            Word partner = budget ? (k + 1 < subs.size() ? subs.get(k + 1) : s) : (k > 0 ? subs.get(k - 1) : s);
            float centre = (Math.min(s.x0(), partner.x0()) + Math.max(s.x1(), partner.x1())) / 2;
            float width = Math.max(s.x1(), partner.x1()) - Math.min(s.x0(), partner.x0());
            itemOf.add(groups.stream().filter(g -> Math.abs(g.centre() - centre) < width * 0.75f)
                    .max(java.util.Comparator.comparingDouble(Group::y)).map(Group::column).orElse(null));
        }
        Map<Column, Amount> budgetRow = new EnumMap<>(Column.class);
        Map<Column, Amount> outturnRow = new EnumMap<>(Column.class);
        Map<String, String> places = new LinkedHashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        places.put("", lines.get(from).place());
        places.put("/rows/0", pairs.place());
        places.put("/rows/1", pairs.place());
        for (int i = pairsAt + 1; i < to; i++) {
            PdfLine line = lines.get(i);
            for (Word w : line.words()) {
                int k = -1;
                for (int j = 0; j < subs.size(); j++) {
                    if (subs.get(j).centre() < w.x1()) {
                        k = j;
                    }
                }
                if (!w.isAmount() || k < 0 || itemOf.get(k) == null) {
                    unplaced.add(new Unplaced(line.place(), w.text(), w.isAmount() ? "amount under no item of the 三公 table" : "text in the 三公 table"));
                    continue;
                }
                boolean budget = template.column(subs.get(k).text()).orElseThrow() == Column.INITIAL_BUDGET;
                Map<Column, Amount> row = budget ? budgetRow : outturnRow;
                String at = "/rows/" + (budget ? 0 : 1) + "/amounts/" + key(itemOf.get(k));
                if (row.put(itemOf.get(k), new Amount(w.amount(), read.unit())) != null) {
                    unplaced.add(new Unplaced(line.place(), w.text(), "a second amount under one item of the 三公 table"));
                }
                places.put(at, line.place());
            }
        }
        List<Column> columns = itemOf.stream().filter(java.util.Objects::nonNull).distinct().toList();
        String budgetName = subs.stream().map(Word::text).filter(t -> template.column(t).orElse(null) == Column.INITIAL_BUDGET)
                .findFirst().orElse(Column.INITIAL_BUDGET.label());
        String outturnName = subs.stream().map(Word::text).filter(t -> template.column(t).orElse(null) == Column.OUTTURN)
                .findFirst().orElse(Column.OUTTURN.label());
        BudgetTable table = new BudgetTable(read.kind(), read.number(), read.title(), read.unit(), columns, List.of(), null,
                List.of(new TableRow(null, budgetName, budgetRow), new TableRow(null, outturnName, outturnRow)), null,
                read.note(), List.of());
        return Optional.of(new Read(table, places, unplaced));
    }

    /** A label of the header naming an item, with its extent and baseline. */
    private record Group(Column column, float x0, float x1, float y) {
        float centre() {
            return (x0 + x1) / 2;
        }
    }

    /** The labels of the header that name a column, a label broken over lines joined. */
    private static List<Group> groups(List<Word> words, Template template) {
        List<Group> groups = new ArrayList<>();
        List<Word> used = new ArrayList<>();
        for (Word w : words) {
            if (used.contains(w)) {
                continue;
            }
            List<Word> stack = new ArrayList<>(List.of(w));
            Optional<Column> c = template.column(w.text());
            while (c.isEmpty() && stack.size() < 3) {
                Word last = stack.get(stack.size() - 1);
                Optional<Word> below = words.stream().filter(o -> !used.contains(o) && o.y() > last.y() + PdfWords.SAME_LINE
                        && o.y() - last.y() < STACK_GAP && o.x0() < last.x1() && o.x1() > last.x0())
                        .min(java.util.Comparator.comparingDouble(Word::y));
                if (below.isEmpty()) {
                    break;
                }
                stack.add(below.get());
                c = template.column(String.join("", stack.stream().map(Word::text).toList()));
            }
            if (c.isPresent() && c.get() != Column.INITIAL_BUDGET && c.get() != Column.OUTTURN) {
                used.addAll(stack);
                groups.add(new Group(c.get(), (float) stack.stream().mapToDouble(Word::x0).min().orElse(w.x0()),
                        (float) stack.stream().mapToDouble(Word::x1).max().orElse(w.x1()), stack.get(stack.size() - 1).y()));
            }
        }
        return groups;
    }

    /** A 类 code (301) or a 类 and 款 code printed whole (30101), which starts a line of the 基本支出 table. */
    private static final Pattern CODE = Pattern.compile("^3\\d{2}(\\d{2})?$");
    private static final Pattern GLUED = Pattern.compile("^(3\\d{2}(?:\\d{2})?)(\\p{IsHan}.*)$");

    /** A word of a table with the line it was printed on. */
    private record Placed(Word word, PdfLine line) {}

    /** One half of a table printed in two halves side by side: where its columns lie. */
    private record Half(float start, float classX, float nameStart, Word amountLabel) {}

    /**
     * 一般公共预算财政拨款基本支出决算表 printed in two halves side by side (301 and 303 left, 302 and 310 right),
     * each a 类 and 款 code, a name and a 决算数, the cells two or three lines high with the figure above the
     * codes and the name below them: each line of the table is found by its 类 code and takes the words
     * printed between it and the codes above and below it in its half; 人员经费合计 and 公用经费合计 take the
     * amounts printed just above them. Empty when the header does not print two halves (two 决算数 and two
     * 科目名称 labels).
     */
    static Optional<Read> basic(List<PdfLine> lines, BudgetTable read, int from, int to, Template template) {
        int headerEnd = -1;
        List<Word> amountLabels = new ArrayList<>();
        List<Word> nameLabels = new ArrayList<>();
        int page = lines.get(from).page();
        for (int i = from + 1; i < to && lines.get(i).page() == page; i++) {
            if (lines.get(i).words().stream().anyMatch(w -> CODE.matcher(w.text()).matches())) {
                break;
            }
            headerEnd = i;
            for (Word w : lines.get(i).words()) {
                if (template.column(w.text()).filter(c -> c == Column.OUTTURN).isPresent()) {
                    amountLabels.add(w);
                } else if (w.text().equals("科目名称")) {
                    nameLabels.add(w);
                }
            }
        }
        if (amountLabels.size() != 2 || nameLabels.size() != 2 || headerEnd < 0) {
            return Optional.empty();
        }
        amountLabels.sort(java.util.Comparator.comparingDouble(Word::x0));
        nameLabels.sort(java.util.Comparator.comparingDouble(Word::x0));
        List<Half> halves = new ArrayList<>();
        for (int h = 0; h < 2; h++) {
            float start = h == 0 ? Float.NEGATIVE_INFINITY : amountLabels.get(0).x1() + 4;
            halves.add(new Half(start, 0, nameLabels.get(h).x0(), amountLabels.get(h)));
        }
        List<Placed> body = new ArrayList<>();
        String note = read.note();
        String notePlace = null;
        for (int i = headerEnd + 1; i < to; i++) {
            PdfLine l = lines.get(i);
            if (l.words().stream().anyMatch(w -> w.text().equals("类") || w.text().equals("科目名称"))
                    || l.text().replace(" ", "").startsWith("单位")) {
                continue;
            }
            if (l.text().replace(" ", "").matches("^(注|说明|备注)[：:].*")) {
                note = note == null ? l.text().strip() : note;
                notePlace = notePlace == null ? l.place() : notePlace;
                continue;
            }
            for (Word w : l.words()) {
                Matcher glued = GLUED.matcher(w.text());
                if (glued.matches()) {
                    // a code printed against its name (30207邮电费): two words
                    float split = w.x0() + (w.x1() - w.x0()) * glued.group(1).length() / w.text().length();
                    body.add(new Placed(new Word(glued.group(1), w.x0(), split, w.y(), w.spaced()), l));
                    body.add(new Placed(new Word(glued.group(2), split, w.x1(), w.y(), false), l));
                } else {
                    body.add(new Placed(w, l));
                }
            }
        }
        Map<String, String> places = new LinkedHashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        places.put("", lines.get(from).place());
        List<TableRow> rows = new ArrayList<>();
        Map<Column, Amount> total = new EnumMap<>(Column.class);
        List<Placed> taken = new ArrayList<>();
        // the totals: 人员经费合计 and 公用经费合计, each with the amount printed just above it in its half
        List<Placed> totalLabels = body.stream().filter(p -> template.column(p.word().text())
                .filter(c -> c == Column.PERSONNEL || c == Column.PUBLIC).isPresent()).toList();
        for (Placed label : totalLabels) {
            int h = halfOf(label.word(), halves);
            Optional<Placed> amount = body.stream().filter(p -> p.word().isAmount() && p.line().page() == label.line().page()
                    && halfOf(p.word(), halves) == h && p.word().x1() > halves.get(h).nameStart()
                    && label.word().y() - p.word().y() >= -PdfWords.SAME_LINE && label.word().y() - p.word().y() < STACK_GAP)
                    .max(java.util.Comparator.comparingDouble(p -> p.word().y()));
            taken.add(label);
            amount.ifPresent(a -> {
                Column c = template.column(label.word().text()).orElseThrow();
                total.put(c, new Amount(a.word().amount(), read.unit()));
                places.put("/total/amounts/" + key(c), a.line().place());
                places.putIfAbsent("/total", label.line().place());
                taken.add(a);
            });
        }
        for (int h = 0; h < 2; h++) {
            Half half = halves.get(h);
            int hh = h;
            List<Placed> mine = body.stream().filter(p -> halfOf(p.word(), halves) == hh && !taken.contains(p)).toList();
            List<Placed> anchors = mine.stream().filter(p -> CODE.matcher(p.word().text()).matches()
                    && p.word().x1() < half.nameStart()).toList();
            for (int k = 0; k < anchors.size(); k++) {
                Placed anchor = anchors.get(k);
                float y = anchor.word().y();
                Placed prev = k > 0 && anchors.get(k - 1).line().page() == anchor.line().page() ? anchors.get(k - 1) : null;
                Placed next = k + 1 < anchors.size() && anchors.get(k + 1).line().page() == anchor.line().page() ? anchors.get(k + 1) : null;
                float top = prev == null ? Float.NEGATIVE_INFINITY : (prev.word().y() + y) / 2;
                float bottom = next == null ? Float.POSITIVE_INFINITY : (next.word().y() + y) / 2;
                float limit = totalLabels.stream().filter(t -> t.line().page() == anchor.line().page())
                        .map(t -> t.word().y() - STACK_GAP).min(Float::compare).orElse(Float.POSITIVE_INFINITY);
                bottom = Math.min(bottom, Math.max(limit, y + PdfWords.SAME_LINE));
                float t0 = top;
                float b0 = bottom;
                List<Placed> band = mine.stream().filter(p -> p != anchor && p.line().page() == anchor.line().page()
                        && p.word().y() >= t0 && p.word().y() < b0 && !taken.contains(p)).toList();
                String code = anchor.word().text();
                StringBuilder name = new StringBuilder();
                Map<Column, Amount> amounts = new EnumMap<>(Column.class);
                String amountPlace = null;
                for (Placed p : band) {
                    Word w = p.word();
                    if (w.text().matches("\\d{2}") && w.x1() < half.nameStart() + 10 && code.length() == 3) {
                        code = code + w.text();
                    } else if (w.isAmount() && w.x1() > half.amountLabel().x0() - 40) {
                        if (amounts.put(Column.OUTTURN, new Amount(w.amount(), read.unit())) != null) {
                            unplaced.add(new Unplaced(p.line().place(), w.text(), "a second amount on one line of the 基本支出 table"));
                        }
                        amountPlace = p.line().place();
                    } else if (!w.isAmount()) {
                        continue;
                    } else {
                        unplaced.add(new Unplaced(p.line().place(), w.text(), "a number in the 基本支出 table that is no code and no amount"));
                    }
                }
                band.stream().filter(p -> !p.word().isAmount() && !p.word().text().matches("\\d{1,3}"))
                        .sorted(java.util.Comparator.<Placed>comparingDouble(p -> p.word().y()).thenComparingDouble(p -> p.word().x0()))
                        .forEach(p -> name.append(p.word().text()));
                taken.addAll(band);
                taken.add(anchor);
                String at = "/rows/" + rows.size();
                places.put(at, anchor.line().place());
                if (amountPlace != null) {
                    places.put(at + "/amounts/outturn", amountPlace);
                }
                rows.add(new TableRow(code, name.toString(), amounts));
            }
        }
        for (Placed p : body) {
            if (!taken.contains(p) && !p.word().text().isBlank()) {
                unplaced.add(new Unplaced(p.line().place(), p.word().text(), "in the 基本支出 table but on no line"));
            }
        }
        TableRow totalRow = total.isEmpty() ? null : new TableRow(null,
                String.join(" / ", totalLabels.stream().map(p -> p.word().text()).toList()), total);
        if (notePlace != null) {
            places.put("/note", notePlace);
        }
        BudgetTable table = new BudgetTable(read.kind(), read.number(), read.title(), read.unit(), List.of(Column.OUTTURN),
                List.of(), null, rows, totalRow, note, List.of());
        return Optional.of(new Read(table, places, unplaced));
    }

    private static int halfOf(Word w, List<Half> halves) {
        return w.x0() >= halves.get(1).start() ? 1 : 0;
    }
}
