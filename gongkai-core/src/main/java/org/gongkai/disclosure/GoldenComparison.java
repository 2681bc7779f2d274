package org.gongkai.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableRow;

/**
 * An import compared with the golden of what its document prints: how many printed table lines
 * were read exactly (same table and side, code and name, every amount and no other), and how many
 * key figures equal the golden's. Each line read is matched once, so a line printed twice must be
 * read twice, except where the model keeps what several printed lines say as one row's columns:
 * a table's closing lines on its total row, a fund's account on its row of the 财政拨款 summary.
 */
public final class GoldenComparison {

    /**
     * The comparison's counts, each printed line not read ({@code misses}) and each key figure not
     * read right.
     */
    public record Result(int linesPrinted, int linesRead, int keys, int keysMatched, List<String> misses,
            List<KeyMiss> keyMisses) {

        public Result {
            misses = List.copyOf(misses);
            keyMisses = List.copyOf(keyMisses);
        }
    }

    /** A key figure of a golden file not read right: what was read instead, if anything. */
    public record KeyMiss(String golden, Golden.Key key, Optional<BigDecimal> read) {

        public String describe() {
            return golden + ": " + key.label() + " is " + key.amount().toPlainString() + ", read "
                    + read.map(BigDecimal::toPlainString).orElse("nothing");
        }
    }

    private GoldenComparison() {}

    /** Compares the disclosure read (null: the document was unusable, nothing read) with its goldens. */
    public static Result compare(List<Golden> goldens, Disclosure read) {
        List<String> misses = new ArrayList<>();
        List<KeyMiss> keyMisses = new ArrayList<>();
        Set<TableRow> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int printed = 0;
        int matched = 0;
        int keys = 0;
        int keysMatched = 0;
        for (Golden golden : goldens) {
            Map<String, List<Golden.Line>> accounts = accounts(golden, read);
            for (Golden.Line line : golden.lines()) {
                printed++;
                boolean total = line.side() == Golden.Side.TOTAL || line.side() == Golden.Side.INCOME_TOTAL;
                List<Golden.Line> account = accounts.get(accountKey(line));
                Optional<TableRow> row = account != null ? accountRow(line, account, read)
                        : rows(read, line.table(), line.side()).stream()
                                .filter(r -> (total || !used.contains(r)) && sameLine(line, r)).findFirst();
                if (row.isPresent()) {
                    used.add(row.get());
                    matched++;
                } else {
                    misses.add(golden.file() + ": line not read: " + line.table() + " " + line.side().label() + " page "
                            + line.page() + " " + (line.code() == null ? "" : line.code() + " ") + java.util.Objects.toString(line.name(), "") + " "
                            + line.amounts());
                }
            }
            for (Golden.Key key : golden.keys()) {
                keys++;
                Optional<BigDecimal> value = value(key, read);
                if (value.isPresent() && value.get().compareTo(key.amount()) == 0) {
                    keysMatched++;
                } else {
                    keyMisses.add(new KeyMiss(golden.file(), key, value));
                }
            }
        }
        return new Result(printed, matched, keys, keysMatched, misses, keyMisses);
    }

    /** The key figure as read: the cell of its table line, or the statement's figure. */
    public static Optional<BigDecimal> value(Golden.Key key, Disclosure read) {
        if (read == null) {
            return Optional.empty();
        }
        if (!key.inTable()) {
            return key.statement().in(read).map(Amount::value);
        }
        String wanted = normal(key.line());
        boolean total = key.side() == Golden.Side.TOTAL || key.side() == Golden.Side.INCOME_TOTAL;
        return rows(read, key.table(), key.side()).stream()
                .filter(r -> total || wanted.equals("-") || wanted.equals(r.code()) || wanted.equals(normal(r.name())))
                .map(r -> r.amounts().get(key.column())).filter(java.util.Objects::nonNull).map(Amount::value)
                .findFirst();
    }

    /**
     * The parts of a fund's account the 财政拨款 summary prints as lines of its income side: the fund under
     * 本年收入, again under 年初结转和结余 (and under 使用非财政拨款结余 where printed).
     */
    private static final Set<Column> ACCOUNT_PARTS = Set.of(Column.CURRENT_INCOME, Column.OPENING_BALANCE,
            Column.USE_OF_BALANCE);

    /**
     * The lines of the golden that print one fund's account, by fund: the model keeps a fund's account as
     * one row of the 财政拨款 summary's income side (ADR 0009), its parts as columns, where the page prints a
     * line for each part. Only a fund printed more than once that the import keeps as one row is an account.
     */
    private static Map<String, List<Golden.Line>> accounts(Golden golden, Disclosure read) {
        Map<String, List<Golden.Line>> printed = new java.util.LinkedHashMap<>();
        for (Golden.Line line : golden.lines()) {
            if (line.table() == org.gongkai.model.TableKind.FINAL_FISCAL_GRANT_SUMMARY && line.side() == Golden.Side.INCOME) {
                printed.computeIfAbsent(accountKey(line), k -> new ArrayList<>()).add(line);
            }
        }
        printed.values().removeIf(lines -> lines.size() < 2 || accountRows(lines.get(0), read).size() != 1);
        return printed;
    }

    private static String accountKey(Golden.Line line) {
        return line.table() + "/" + line.side() + "/" + line.code() + "/" + normal(line.name());
    }

    private static List<TableRow> accountRows(Golden.Line line, Disclosure read) {
        return rows(read, line.table(), line.side()).stream()
                .filter(r -> java.util.Objects.equals(line.code(), r.code()) && normal(line.name()).equals(normal(r.name())))
                .toList();
    }

    /**
     * The account row, when it holds every amount the line prints and no part that none of the account's
     * lines prints (a figure read into the wrong part fails each of them).
     */
    private static Optional<TableRow> accountRow(Golden.Line line, List<Golden.Line> account, Disclosure read) {
        TableRow row = accountRows(line, read).get(0);
        boolean holdsTheLine = line.amounts().entrySet().stream().allMatch(e -> row.amounts().containsKey(e.getKey())
                && e.getValue().compareTo(row.amounts().get(e.getKey()).value()) == 0);
        Map<Column, BigDecimal> printed = new EnumMap<>(Column.class);
        account.forEach(l -> printed.putAll(l.amounts()));
        boolean nothingElse = row.amounts().entrySet().stream().filter(e -> ACCOUNT_PARTS.contains(e.getKey()))
                .allMatch(e -> printed.containsKey(e.getKey()) && printed.get(e.getKey()).compareTo(e.getValue().value()) == 0);
        return holdsTheLine && nothingElse ? Optional.of(row) : Optional.empty();
    }

    private static boolean sameLine(Golden.Line line, TableRow row) {
        boolean total = line.side() == Golden.Side.TOTAL || line.side() == Golden.Side.INCOME_TOTAL;
        if (total) {
            // the model keeps a table's closing lines (本年收入合计, 年初结转和结余, 总计) as columns of its
            // one total line, so a printed closing line is read when that line holds its amounts
            return line.amounts().entrySet().stream().allMatch(e -> row.amounts().containsKey(e.getKey())
                    && e.getValue().compareTo(row.amounts().get(e.getKey()).value()) == 0);
        }
        if (line.code() != null && !line.code().equals(row.code())) {
            return false;
        }
        if (line.name() != null && !normal(line.name()).equals(normal(row.name()))) {
            return false;
        }
        Map<Column, BigDecimal> amounts = new EnumMap<>(Column.class);
        row.amounts().forEach((c, a) -> amounts.put(c, a.value()));
        if (!amounts.keySet().equals(new HashSet<>(line.amounts().keySet()))) {
            return false;
        }
        return line.amounts().entrySet().stream().allMatch(e -> e.getValue().compareTo(amounts.get(e.getKey())) == 0);
    }

    /** The rows of one side of every table of the kind read. */
    static List<TableRow> rows(Disclosure read, org.gongkai.model.TableKind kind, Golden.Side side) {
        List<TableRow> rows = new ArrayList<>();
        if (read == null) {
            return rows;
        }
        for (BudgetTable t : read.tables()) {
            if (t.kind() != kind) {
                continue;
            }
            switch (side) {
                case INCOME -> rows.addAll(t.incomeRows());
                case INCOME_TOTAL -> addIfPresent(rows, t.incomeTotal());
                case ROWS -> rows.addAll(t.rows());
                case TOTAL -> addIfPresent(rows, t.total());
                case PURPOSE -> rows.addAll(t.purposeRows());
            }
        }
        return rows;
    }

    private static void addIfPresent(List<TableRow> rows, TableRow row) {
        if (row != null) {
            rows.add(row);
        }
    }

    /** A name as compared: without the spaces and line breaks a narrow cell puts into it. */
    static String normal(String name) {
        return name == null ? "" : name.replaceAll("\\s", "");
    }
}
