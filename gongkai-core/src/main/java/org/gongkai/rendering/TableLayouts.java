package org.gongkai.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.AmountFormat;
import org.gongkai.model.AssetLine;
import org.gongkai.model.AssetTable;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Indicator;
import org.gongkai.model.Organisation;
import org.gongkai.model.OrganisationUnit;
import org.gongkai.model.ProcurementItem;
import org.gongkai.model.ProcurementTable;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.TableRow;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.rendering.Layout.Cell;
import org.gongkai.rendering.Layout.HeaderCell;
import org.gongkai.rendering.Layout.Table;

/** The tables of a disclosure, laid out as published: standard tables, target tables, procurement, assets. */
final class TableLayouts {

    private TableLayouts() {}

    static Cell amount(Amount a) {
        return a == null ? Cell.text("") : Cell.amount(a.value(), AmountFormat.grouped(a.value()));
    }

    static Table organisation(Organisation o) {
        List<List<Cell>> rows = new ArrayList<>();
        for (OrganisationUnit u : o.units()) {
            rows.add(List.of(Cell.text(u.name()), Cell.text(u.nature()), Cell.text(u.rank()), Cell.text(u.fundingForm())));
        }
        return new Table("organisation", "部门机构设置情况", null,
                List.of(List.of(HeaderCell.of("单位名称"), HeaderCell.of("单位性质"), HeaderCell.of("单位规格"), HeaderCell.of("经费保障形式"))),
                rows, null, false);
    }

    /** A standard budget table: code and name, then its amount columns, 合计 last. */
    static Table budget(BudgetTable t, String id) {
        if (!t.incomeRows().isEmpty()) {
            return twoSided(t, id);
        }
        boolean coded = t.rows().stream().anyMatch(r -> r.code() != null);
        List<HeaderCell> header = new ArrayList<>();
        if (coded) {
            header.add(HeaderCell.of("科目编码"));
        }
        header.add(HeaderCell.of("项目"));
        List<Column> columns = t.columns();
        List<List<HeaderCell>> headers = grouped(header, columns);
        List<List<Cell>> rows = new ArrayList<>();
        lines(rows, t.rows(), t.total(), coded, columns, columns.size());
        if (rows.isEmpty()) {
            rows.add(empty(header.size() + columns.size()));
        }
        return new Table(id, title(t), "单位：" + t.unit().symbol(), headers, rows, t.note(), false);
    }

    /** The lines of one side of a table, then its total. */
    private static void lines(List<List<Cell>> rows, List<TableRow> lines, TableRow total, boolean coded,
            List<Column> columns, int width) {
        for (TableRow r : lines) {
            rows.add(line(r, coded, columns, width));
        }
        if (total != null) {
            rows.add(total(line(total, coded, columns, width)));
        }
    }

    /** The one row of a table without lines: its note in the first cell, the others blank. */
    private static List<Cell> empty(int cells) {
        List<Cell> empty = new ArrayList<>();
        empty.add(Cell.text("（本表无数据）"));
        for (int i = 1; i < cells; i++) {
            empty.add(Cell.text(""));
        }
        return empty;
    }

    /**
     * A table with one header row, one column per kind of figure; a summary table stacked, income
     * lines (预算数) first, then the expenditure lines and their columns.
     */
    static Table flat(BudgetTable t, String id) {
        boolean coded = t.rows().stream().anyMatch(r -> r.code() != null);
        List<HeaderCell> header = new ArrayList<>();
        if (coded) {
            header.add(HeaderCell.of("科目编码"));
        }
        header.add(HeaderCell.of("项目"));
        List<Column> columns = t.columns().stream().filter(c -> c != Column.AMOUNT || t.incomeRows().isEmpty()).toList();
        columns.forEach(c -> header.add(HeaderCell.of(c.label())));
        List<List<Cell>> rows = new ArrayList<>();
        lines(rows, t.incomeRows(), t.incomeTotal(), coded, List.of(Column.AMOUNT), columns.size());
        lines(rows, t.rows(), t.total(), coded, columns, columns.size());
        if (rows.isEmpty()) {
            rows.add(empty(header.size()));
        }
        return new Table(id, title(t), "单位：" + t.unit().symbol(), List.of(header), rows, t.note(), false);
    }

    /**
     * A summary table (收支总表) as published: income on the left (项目, 预算数), expenditure on the
     * right (项目 and its amount columns), line beside line, 收入总计 beside 支出总计 at the foot.
     */
    private static Table twoSided(BudgetTable t, String id) {
        List<Column> columns = t.columns().stream().filter(c -> c != Column.AMOUNT).toList();
        List<HeaderCell> sides = List.of(new HeaderCell("本年收入", 2, 1), new HeaderCell("本年支出", 1 + columns.size(), 1));
        List<List<HeaderCell>> labels = grouped(new ArrayList<>(List.of(HeaderCell.of("项目"), HeaderCell.of(Column.AMOUNT.label()),
                HeaderCell.of("项目"))), columns);
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(t.incomeRows().size(), t.rows().size()); i++) {
            rows.add(side(i < t.incomeRows().size() ? t.incomeRows().get(i) : null, i < t.rows().size() ? t.rows().get(i) : null, columns));
        }
        if (t.incomeTotal() != null || t.total() != null) {
            rows.add(total(side(t.incomeTotal(), t.total(), columns)));
        }
        return new Table(id, title(t), "单位：" + t.unit().symbol(), headers(sides, labels), rows, t.note(), false);
    }

    private static List<List<HeaderCell>> headers(List<HeaderCell> top, List<List<HeaderCell>> below) {
        List<List<HeaderCell>> all = new ArrayList<>();
        all.add(top);
        all.addAll(below);
        return all;
    }

    /** The parts printed under a common heading, as the tables of the profiles print them. */
    private static final java.util.Map<Column, List<Column>> PARTS = java.util.Map.of(
            Column.VEHICLES, List.of(Column.VEHICLE_PURCHASE, Column.VEHICLE_RUNNING),
            Column.BASIC, List.of(Column.PERSONNEL, Column.PUBLIC));

    /**
     * The header rows over the leading label cells and the amount columns: a column whose parts
     * follow it (公务用车购置及运行费: 购置费, 运行费; 基本支出: 人员经费, 公用经费) heads them, its own
     * figure printed as 小计, the way published tables print it; without parts, one row.
     */
    private static List<List<HeaderCell>> grouped(List<HeaderCell> leading, List<Column> columns) {
        boolean parted = PARTS.entrySet().stream().anyMatch(e -> columns.containsAll(e.getValue()));
        if (!parted) {
            List<HeaderCell> one = new ArrayList<>(leading);
            columns.forEach(c -> one.add(HeaderCell.of(c.label())));
            return List.of(one);
        }
        List<HeaderCell> top = new ArrayList<>();
        leading.forEach(h -> top.add(new HeaderCell(h.text(), h.colspan(), 2)));
        List<HeaderCell> second = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Column group = PARTS.entrySet().stream().filter(e -> columns.containsAll(e.getValue()))
                    .filter(e -> e.getKey() == c || e.getValue().get(0) == c).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
            if (group == null) {
                top.add(new HeaderCell(c.label(), 1, 2));
                continue;
            }
            List<Column> parts = PARTS.get(group);
            boolean withSubtotal = c == group;
            int span = parts.size() + (withSubtotal ? 1 : 0);
            if (!columns.subList(i, Math.min(columns.size(), i + span))
                    .equals(withSubtotal ? concat(group, parts) : parts)) {
                top.add(new HeaderCell(c.label(), 1, 2)); // parts printed apart: no common heading
                continue;
            }
            top.add(new HeaderCell(group.label(), span, 1));
            if (withSubtotal) {
                second.add(HeaderCell.of("小计"));
            }
            parts.forEach(p -> second.add(HeaderCell.of(p.label())));
            i += span - 1;
        }
        return second.isEmpty() ? List.of(flat(top)) : List.of(top, second);
    }

    private static List<Column> concat(Column first, List<Column> rest) {
        List<Column> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<HeaderCell> flat(List<HeaderCell> row) {
        return row.stream().map(h -> new HeaderCell(h.text(), h.colspan(), 1)).toList();
    }

    private static List<Cell> side(TableRow income, TableRow expenditure, List<Column> columns) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(income == null ? "" : income.name()));
        cells.add(income == null ? Cell.text("") : amount(income.amounts().get(Column.AMOUNT)));
        cells.add(Cell.text(expenditure == null ? "" : expenditure.name()));
        for (Column c : columns) {
            cells.add(expenditure == null ? Cell.text("") : amount(expenditure.amounts().get(c)));
        }
        return cells;
    }

    private static String title(BudgetTable t) {
        return (t.number() == null ? "" : "表" + t.number() + " ") + t.title();
    }

    private static List<Cell> line(TableRow r, boolean coded, List<Column> columns, int width) {
        List<Cell> cells = new ArrayList<>();
        if (coded) {
            cells.add(Cell.text(r.code()));
        }
        cells.add(Cell.text(r.name()));
        for (Column c : columns) {
            cells.add(amount(r.amounts().get(c)));
        }
        while (cells.size() < width + (coded ? 2 : 1)) {
            cells.add(Cell.text(""));
        }
        return cells;
    }

    private static List<Cell> total(List<Cell> cells) {
        return cells.stream().map(Cell::asTotal).toList();
    }

    /** A table the profile requires and the document lacks: listed, with the reason. */
    static Table missing(TableSpec spec) {
        return new Table("table-" + spec.kind().name().toLowerCase(java.util.Locale.ROOT), "表" + spec.number() + " " + spec.title(),
                null, List.of(List.of(HeaderCell.of("说明"))),
                List.of(List.of(Cell.text("本文档未包含此表（缺表）"))), null, true);
    }

    /** 项目绩效目标表: the goal on top, then 一级/二级 merged over their rows, 三级, description, value, basis. */
    static Table target(ProjectTarget p, int index) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("绩效目标"), new Cell(p.goal() == null ? "" : p.goal(), null, false, 1),
                Cell.text(""), Cell.text(""), Cell.text(""), Cell.text("")));
        List<Indicator> indicators = p.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator in = indicators.get(i);
            Cell level1 = i > 0 && indicators.get(i - 1).level1().equals(in.level1())
                    ? new Cell(in.level1(), null, false, 0)
                    : Cell.text(in.level1()).spanning(run(indicators, i, true));
            Cell level2 = i > 0 && indicators.get(i - 1).level1().equals(in.level1()) && indicators.get(i - 1).level2().equals(in.level2())
                    ? new Cell(in.level2(), null, false, 0)
                    : Cell.text(in.level2()).spanning(run(indicators, i, false));
            rows.add(List.of(level1, level2, Cell.text(in.name()), Cell.text(in.description()),
                    Cell.text(in.value() == null ? "" : in.value().text()), Cell.text(in.basis())));
        }
        String title = (index + 1) + "、" + p.name() + "绩效目标表";
        String unit = p.amount() == null ? null : "项目金额：" + Wording.money(p.amount());
        return new Table("project-" + (index + 1), title, unit,
                List.of(List.of(HeaderCell.of("一级指标"), HeaderCell.of("二级指标"), HeaderCell.of("三级指标"),
                        HeaderCell.of("绩效指标描述"), HeaderCell.of("指标值"), HeaderCell.of("指标值确定依据"))),
                rows, null, false);
    }

    /** How many rows from i share the same first level (and second level, unless firstOnly). */
    private static int run(List<Indicator> indicators, int i, boolean firstOnly) {
        int n = 1;
        Indicator start = indicators.get(i);
        while (i + n < indicators.size()) {
            Indicator next = indicators.get(i + n);
            if (!next.level1().equals(start.level1()) || (!firstOnly && !next.level2().equals(start.level2()))) {
                break;
            }
            n++;
        }
        return n;
    }

    static Table procurement(ProcurementTable t, String unitCode) {
        List<HeaderCell> top = List.of(new HeaderCell("项目名称", 1, 2), new HeaderCell("采购物品名称", 1, 2),
                new HeaderCell("政府采购目录序号", 1, 2), new HeaderCell("数量单位", 1, 2), new HeaderCell("数量", 1, 2),
                new HeaderCell("单价", 1, 2), new HeaderCell("总计", 1, 2), new HeaderCell("当年部门预算安排资金", 4, 1),
                new HeaderCell("其他渠道资金", 1, 2));
        List<HeaderCell> second = List.of(HeaderCell.of("一般公共预算拨款"), HeaderCell.of("基金预算拨款"),
                HeaderCell.of("财政专户核拨"), HeaderCell.of("其他来源收入"));
        List<List<Cell>> rows = new ArrayList<>();
        for (ProcurementItem i : t.items()) {
            rows.add(List.of(Cell.text(i.project()), Cell.text(i.item()), Cell.text(i.catalogueCode()), Cell.text(i.quantityUnit()),
                    i.quantity() == null ? Cell.text("") : Cell.amount(i.quantity(), i.quantity().toPlainString()),
                    amount(i.unitPrice()), amount(i.total()), amount(i.generalPublicBudget()), amount(i.governmentFund()),
                    amount(i.specialAccount()), amount(i.otherSources()), amount(i.otherChannels())));
        }
        if (rows.isEmpty()) {
            List<Cell> empty = new ArrayList<>();
            empty.add(Cell.text("合计"));
            for (int i = 1; i < 12; i++) {
                empty.add(Cell.text(""));
            }
            rows.add(total(empty));
        }
        String title = t.title() == null ? "政府采购预算表" : t.title();
        String unit = (unitCode == null ? "" : unitCode + " ") + "单位：" + t.unit().symbol();
        return new Table("procurement", title, unit, List.of(top, second), rows, t.note(), false);
    }

    static Table assets(AssetTable t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (AssetLine l : t.holdings()) {
            rows.add(List.of(Cell.text(l.name()),
                    l.quantity() == null ? Cell.text("——") : Cell.amount(l.quantity(), l.quantity().toPlainString()),
                    l.value() == null ? Cell.text("——") : amount(l.value())));
        }
        for (AssetLine l : t.planned()) {
            rows.add(List.of(Cell.text("拟购置：" + l.name()),
                    l.quantity() == null ? Cell.text("——") : Cell.amount(l.quantity(), l.quantity().toPlainString()),
                    l.value() == null ? Cell.text("——") : amount(l.value())));
        }
        return new Table("assets", t.title() == null ? "固定资产占用情况表" : t.title(), "单位：" + t.unit().symbol(),
                List.of(List.of(HeaderCell.of("项目"), HeaderCell.of("数量"), HeaderCell.of("价值（" + t.unit().symbol() + "）"))),
                rows, null, false);
    }

    static BigDecimal orNull(Amount a) {
        return a == null ? null : a.value();
    }
}
