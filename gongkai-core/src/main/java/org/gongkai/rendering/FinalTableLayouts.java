package org.gongkai.rendering;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.rendering.Layout.Cell;
import org.gongkai.rendering.Layout.HeaderCell;
import org.gongkai.rendering.Layout.Table;

/**
 * The nine 决算 tables laid out as the national template prints them. The model keeps their closing lines
 * (本年收入合计, 年初结转和结余, 总计 …) as columns of the total rows (ADR 0009); here they become lines again:
 * the two summary tables side by side, 收入 on the left and 支出 on the right with the closing lines
 * paired below (本年收入合计 | 本年支出合计 … 总计 | 总计); the single-sided tables with their 合计 and, below it,
 * what the total row holds beyond the table's columns (人员经费合计, 公用经费合计).
 */
final class FinalTableLayouts {

    /** The closing lines of the income side, in the order printed. */
    private static final List<Column> INCOME_CLOSING = List.of(Column.CURRENT_INCOME, Column.USE_OF_BALANCE, Column.OPENING_BALANCE);

    /** The closing lines of the expenditure side, in the order printed. */
    private static final List<Column> EXPENDITURE_CLOSING = List.of(Column.CURRENT_EXPENDITURE, Column.BALANCE_DISTRIBUTION,
            Column.CLOSING_BALANCE);

    private FinalTableLayouts() {}

    static Table layout(BudgetTable t) {
        String id = "table-" + t.kind().name().toLowerCase(Locale.ROOT);
        String title = (t.number() == null ? "" : "表" + t.number() + " ") + t.title();
        String unit = "单位：" + t.unit().symbol();
        if (!t.incomeRows().isEmpty() || t.incomeTotal() != null) {
            return sideBySide(t, id, title, unit);
        }
        return single(t, id, title, unit);
    }

    /** A column's header label on a 决算 table, as the national template prints it. */
    static String label(Column c, TableKind kind) {
        return switch (c) {
            case TOTAL -> kind == TableKind.FINAL_INCOME ? "本年收入合计" : kind == TableKind.FINAL_EXPENDITURE ? "本年支出合计" : "合计";
            case BUSINESS_OPERATING_INCOME -> "经营收入";
            case BUSINESS_OPERATING_EXPENDITURE -> "经营支出";
            case GENERAL_PUBLIC_BUDGET -> "一般公共预算财政拨款";
            case GOVERNMENT_FUND -> "政府性基金预算财政拨款";
            case STATE_CAPITAL -> "国有资本经营预算财政拨款";
            case VEHICLES -> "公务用车购置及运行费";
            case VEHICLE_PURCHASE -> "公务用车购置费";
            case VEHICLE_RUNNING -> "公务用车运行费";
            case ABROAD -> "因公出国（境）费";
            case CURRENT_EXPENDITURE -> "本年支出";
            case CURRENT_INCOME -> "本年收入";
            default -> c.label();
        };
    }

    /** A closing line's name as printed (本年收入合计, 年初财政拨款结转和结余 …). */
    static String closingLabel(Column c, TableKind kind) {
        boolean fiscal = kind == TableKind.FINAL_FISCAL_GRANT_SUMMARY;
        return switch (c) {
            case CURRENT_INCOME -> "本年收入合计";
            case CURRENT_EXPENDITURE -> "本年支出合计";
            case OPENING_BALANCE -> fiscal ? "年初财政拨款结转和结余" : "年初结转和结余";
            case CLOSING_BALANCE -> fiscal ? "年末财政拨款结转和结余" : "年末结转和结余";
            case PERSONNEL -> "人员经费合计";
            case PUBLIC -> "公用经费合计";
            default -> c.label();
        };
    }

    /**
     * 收入 | 支出 side by side. The income side has one amount, 决算数: a line's own 决算数, or for a fund of the
     * fiscal grant summary its 本年收入. The expenditure side has the table's columns. Below the lines, the
     * closing lines in pairs, and 总计 | 总计 last.
     */
    private static Table sideBySide(BudgetTable t, String id, String title, String unit) {
        List<Column> columns = t.columns();
        List<HeaderCell> top = List.of(new HeaderCell("收入", 2, 1), new HeaderCell("支出", 1 + columns.size(), 1));
        List<HeaderCell> second = new ArrayList<>(List.of(HeaderCell.of("项目"), HeaderCell.of("决算数"), HeaderCell.of("项目")));
        columns.forEach(c -> second.add(HeaderCell.of(label(c, t.kind()))));

        List<List<Cell>> left = new ArrayList<>();
        for (TableRow r : t.incomeRows()) {
            left.add(List.of(Cell.text(r.name()), TableLayouts.amount(r.amount(Column.OUTTURN)
                    .or(() -> r.amount(Column.CURRENT_INCOME)).or(() -> r.amount(Column.AMOUNT)).orElse(null))));
        }
        List<List<Cell>> right = new ArrayList<>();
        for (TableRow r : t.rows()) {
            right.add(line(r.name(), columns, r));
        }

        List<List<Cell>> leftClosing = new ArrayList<>();
        TableRow in = t.incomeTotal();
        for (Column c : INCOME_CLOSING) {
            Amount a = in == null ? null : in.amounts().get(c);
            if (a != null || c != Column.USE_OF_BALANCE) {
                leftClosing.add(total(List.of(Cell.text(closingLabel(c, t.kind())), TableLayouts.amount(a))));
            }
            if (c == Column.OPENING_BALANCE) {
                for (TableRow fund : fundsWith(t, Column.OPENING_BALANCE)) {
                    leftClosing.add(List.of(Cell.text(fund.name()), TableLayouts.amount(fund.amounts().get(Column.OPENING_BALANCE))));
                }
            }
        }
        List<List<Cell>> rightClosing = new ArrayList<>();
        for (Column c : EXPENDITURE_CLOSING) {
            rightClosing.add(total(closingLine(t, c, columns)));
        }

        List<List<Cell>> rows = new ArrayList<>();
        pair(rows, left, right, columns.size());
        pair(rows, leftClosing, rightClosing, columns.size());
        List<Cell> grand = new ArrayList<>();
        grand.add(Cell.text("总计"));
        grand.add(TableLayouts.amount(in == null ? null : in.amounts().get(Column.GRAND_TOTAL)));
        grand.addAll(closingLine(t, Column.GRAND_TOTAL, columns));
        rows.add(total(grand));
        return new Table(id, title, unit, List.of(top, second), rows, t.note(), false);
    }

    /** The funds of a fiscal grant summary (income-side rows carrying an account) that state that closing line. */
    private static List<TableRow> fundsWith(BudgetTable t, Column closing) {
        if (t.kind() != TableKind.FINAL_FISCAL_GRANT_SUMMARY) {
            return List.of();
        }
        return t.incomeRows().stream().filter(r -> r.amounts().containsKey(closing)).toList();
    }

    /**
     * A closing line of the expenditure side: the total row's cells in the table's columns when it has them
     * (本年支出合计 of the fiscal grant summary), else the closing amount under the first column; for the fiscal
     * grant summary a fund's own closing balance under that fund's column.
     */
    private static List<Cell> closingLine(BudgetTable t, Column closing, List<Column> columns) {
        TableRow out = t.total();
        TableRow in = t.incomeTotal();
        Amount whole = out == null ? null : out.amounts().get(closing);
        if (whole == null && in != null) {
            whole = in.amounts().get(closing);
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(closingLabel(closing, t.kind())));
        boolean totalRowHasColumns = closing == Column.CURRENT_EXPENDITURE && out != null
                && columns.stream().anyMatch(out.amounts()::containsKey);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Amount a;
            if (totalRowHasColumns) {
                a = out.amounts().get(c);
            } else if (i == 0) {
                a = whole;
            } else {
                a = fundAmount(t, c, closing);
            }
            cells.add(TableLayouts.amount(a));
        }
        return cells;
    }

    /** A fund's own closing amount, under the column that names that fund (一般公共预算 …). */
    private static Amount fundAmount(BudgetTable t, Column column, Column closing) {
        for (TableRow fund : fundsWith(t, closing)) {
            if (fund.name().contains(column.label())) {
                return fund.amounts().get(closing);
            }
        }
        return null;
    }

    private static List<Cell> line(String name, List<Column> columns, TableRow r) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(name));
        for (Column c : columns) {
            cells.add(TableLayouts.amount(r.amounts().get(c)));
        }
        return cells;
    }

    /** Left and right lines side by side, the shorter side padded with blank cells. */
    private static void pair(List<List<Cell>> rows, List<List<Cell>> left, List<List<Cell>> right, int columns) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Cell> row = new ArrayList<>(i < left.size() ? left.get(i) : blanks(2));
            row.addAll(i < right.size() ? right.get(i) : blanks(1 + columns));
            rows.add(row);
        }
    }

    private static List<Cell> blanks(int n) {
        List<Cell> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            b.add(Cell.text(""));
        }
        return b;
    }

    /** 科目编码, 科目名称 and the columns; 合计 below, then what the total row holds beyond the columns as lines. */
    private static Table single(BudgetTable t, String id, String title, String unit) {
        boolean coded = t.rows().stream().anyMatch(r -> r.code() != null);
        List<Column> columns = t.columns();
        List<HeaderCell> header = new ArrayList<>();
        if (coded) {
            header.add(HeaderCell.of("科目编码"));
        }
        header.add(HeaderCell.of(coded ? "科目名称" : "项目"));
        columns.forEach(c -> header.add(HeaderCell.of(label(c, t.kind()))));
        List<List<Cell>> rows = new ArrayList<>();
        for (TableRow r : t.rows()) {
            rows.add(codedLine(coded, r.code(), r.name(), columns, r.amounts()));
        }
        if (t.total() != null) {
            var inColumns = new EnumMap<Column, Amount>(Column.class);
            t.total().amounts().forEach((c, a) -> {
                if (columns.contains(c)) {
                    inColumns.put(c, a);
                }
            });
            if (!inColumns.isEmpty() || t.total().amounts().isEmpty()) {
                rows.add(total(codedLine(coded, null, totalName(t.total().name()), columns, inColumns)));
            }
            t.total().amounts().forEach((c, a) -> {
                if (!columns.contains(c)) {
                    var one = new EnumMap<Column, Amount>(Column.class);
                    if (!columns.isEmpty()) {
                        one.put(columns.get(0), a);
                    }
                    rows.add(total(codedLine(coded, null, closingLabel(c, t.kind()), columns, one)));
                }
            });
        }
        if (rows.isEmpty()) {
            List<Cell> empty = new ArrayList<>(List.of(Cell.text("（本表无数据）")));
            empty.addAll(blanks(header.size() - 1));
            rows.add(empty);
        }
        return new Table(id, title, unit, List.of(header), rows, t.note(), false);
    }

    /** The total row's name as printed; a name joined from several closing lines (人员经费合计 / 公用经费合计) is 合计. */
    private static String totalName(String name) {
        return name == null || name.contains("/") ? "合计" : name;
    }

    private static List<Cell> codedLine(boolean coded, String code, String name, List<Column> columns,
            Map<Column, Amount> amounts) {
        List<Cell> cells = new ArrayList<>();
        if (coded) {
            cells.add(Cell.text(code));
        }
        cells.add(Cell.text(name));
        for (Column c : columns) {
            cells.add(TableLayouts.amount(amounts.get(c)));
        }
        return cells;
    }

    private static List<Cell> total(List<Cell> cells) {
        return cells.stream().map(Cell::asTotal).toList();
    }
}
