package org.gongkai.validation.rules.finalaccounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Outturn;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A line the statement says is spent on 基本支出 (主要用于：……等基本支出) has 基本支出 in the tables, and one it
 * says is spent on 项目支出 has 项目支出: the line of the 一般公共预算财政拨款支出决算表 (else the 支出决算表) with its
 * code. It fires only when the class the statement names is blank or zero there and the other class carries
 * the line; a purpose naming both, or neither, says nothing to check.
 */
public final class StatedBasicOrProjectAgreesWithTables extends FinalAccountsRule {

    private static final String BASIC = "基本支出";
    private static final String PROJECT = "项目支出";
    private static final List<TableKind> TABLES = List.of(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, TableKind.FINAL_EXPENDITURE);

    public StatedBasicOrProjectAgreesWithTables() {
        super(new RuleInfo("stated-basic-or-project-agrees-with-tables", Category.CONSISTENCY, Severity.WARNING,
                "《预算法实施条例》第六条：支出按基本支出和项目支出分列；部门决算公开模板：各项级科目“主要用于……”",
                "说明称用于基本支出（项目支出）的项级科目，在决算表中有基本支出（项目支出）金额",
                "A line the statement says is spent on basic (project) expenditure has basic (project) expenditure in the tables",
                "一般行政管理事务（项）主要用于：业务指导与宣传等基本支出（表中基本支出为空，项目支出10.00万元）",
                "行政运行（项）主要用于：人员经费及公用经费等的基本支出（表中基本支出1,503.52万元）"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        FinalAccounts f = d.finalAccounts();
        if (f == null || f.outturns().stream().noneMatch(o -> o.purpose() != null)) {
            findings.add(couldNotCheck("/finalAccounts/outturns", "说明未说明各项级科目的用途",
                    "the statement gives no purpose of its lines"));
            return;
        }
        Map<String, Line> byCode = lines(d);
        if (byCode.isEmpty()) {
            findings.add(missingTable(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE));
            return;
        }
        for (int i = 0; i < f.outturns().size(); i++) {
            Outturn o = f.outturns().get(i);
            Optional<Column> stated = statedClass(o.purpose());
            Line line = o.code() == null ? null : byCode.get(o.code());
            if (stated.isEmpty() || line == null) {
                continue;
            }
            Column other = stated.get() == Column.BASIC ? Column.PROJECT : Column.BASIC;
            Amount said = cell(line.row(), stated.get());
            Amount carried = cell(line.row(), other);
            if ((said == null || said.isZero()) && carried != null && !carried.isZero()) {
                String saidZh = stated.get() == Column.BASIC ? BASIC : PROJECT;
                String otherZh = other == Column.BASIC ? BASIC : PROJECT;
                findings.add(finding(Pointer.of("finalAccounts", "outturns", i, "purpose"), o.name(),
                        "说明称" + o.name() + "主要用于" + saidZh + "，《" + line.title() + "》中该项" + saidZh
                                + (said == null ? "为空" : "为0") + "，" + otherZh + "为" + carried,
                        "the statement says " + o.name() + " is spent on " + english(stated.get()) + ", but '" + line.title()
                                + "' carries it as " + english(other) + " (" + carried + ") and has no " + english(stated.get())));
            }
        }
    }

    /** A line of a table with the table's title. */
    private record Line(TableRow row, String title) {}

    /** The coded lines of the tables that split a line into 基本支出 and 项目支出, the first table's line first. */
    private static Map<String, Line> lines(Disclosure d) {
        Map<String, Line> byCode = new HashMap<>();
        for (TableKind kind : TABLES) {
            table(d, kind).ifPresent(l -> {
                for (TableRow r : l.table().rows()) {
                    if (r.code() != null) {
                        byCode.putIfAbsent(r.code(), new Line(r, l.table().title()));
                    }
                }
            });
        }
        return byCode;
    }

    /** The class a purpose names: 基本支出 or 项目支出, neither when it names both or none. */
    static Optional<Column> statedClass(String purpose) {
        if (purpose == null) {
            return Optional.empty();
        }
        boolean basic = purpose.contains(BASIC);
        boolean project = purpose.contains(PROJECT);
        if (basic == project) {
            return Optional.empty();
        }
        return Optional.of(basic ? Column.BASIC : Column.PROJECT);
    }

    private static String english(Column c) {
        return c == Column.BASIC ? "basic expenditure" : "project expenditure";
    }
}
