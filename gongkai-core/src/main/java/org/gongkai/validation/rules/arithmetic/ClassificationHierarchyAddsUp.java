package org.gongkai.validation.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableRow;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.ClassificationParents;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/**
 * 类 = Σ款 and 款 = Σ项, in every column of every classified table; one root cause, one finding.
 *
 * <p>A line whose stated amount is off breaks its own sum and its parent's, in every column that
 * carries it: the line where the difference starts is reported once, the columns and the parent it
 * reaches attached. A difference no larger than the printed rounding allows (each part printed to
 * its last digit may be off by half of it: parameter {@code rounding-per-part}, in last digits,
 * default 0.5; 0 makes the rule exact) is reported as {@code info} with that tolerance.
 */
public final class ClassificationHierarchyAddsUp extends AbstractRule {

    public static final String ID = "classification-hierarchy-adds-up";

    public ClassificationHierarchyAddsUp() {
        super(new RuleInfo(ID, Category.ARITHMETIC, Severity.ERROR,
                "政府收支分类科目：类、款、项逐级汇总",
                "每个类等于其下各款之和，每个款等于其下各项之和（同一差异只报一次，取整尾差只作提示）",
                "Each category (类) is the sum of its sections (款), each section the sum of its items (项); one difference, one finding; a rounding difference is a hint",
                "302 商品和服务支出 24,840,779元，其下各款之和24,840,778元",
                "302 商品和服务支出 24,840,779元，其下各款之和24,840,779元"));
    }

    /** A sum that does not hold: the parent line, the column, what the parts give and the parent states. */
    private record Gap(int row, TableRow parent, Column column, Amount sum, Amount stated, int parts) {
        Amount difference() {
            return stated.minus(sum);
        }
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        BigDecimal perPart = context.parameter(ID, "rounding-per-part", new BigDecimal("0.5"));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            if (t.kind().isFinalAccounts()) {
                continue; // the final accounts' tables: final-table-totals-add-up, with their rounding
            }
            findings.addAll(check(i, t, perPart));
        }
        return findings;
    }

    private List<Finding> check(int i, BudgetTable t, BigDecimal perPart) {
        List<TableRow> rows = t.rows();
        int scale = 0;
        for (TableRow row : rows) {
            for (Amount a : row.amounts().values()) {
                scale = Math.max(scale, a.value().stripTrailingZeros().scale());
            }
        }
        BigDecimal lastDigit = BigDecimal.ONE.movePointLeft(Math.max(scale, 0));
        // every gap, by the row it is found on
        Map<Integer, List<Gap>> gaps = new LinkedHashMap<>();
        for (ClassificationParents.Parent p : ClassificationParents.of(rows)) {
            int r = p.row();
            TableRow parent = p.line();
            List<TableRow> children = p.children();
            Set<Column> columns = p.columns();
            for (Column c : columns) {
                Amount sum = Sums.sumOrZero(children.stream().map(x -> x.amounts().get(c)).toList(), t.unit());
                Amount stated = parent.amount(c).orElse(Amount.zero(t.unit()));
                if (sum.compareTo(stated) != 0) {
                    gaps.computeIfAbsent(r, k -> new ArrayList<>()).add(new Gap(r, parent, c, sum, stated, children.size()));
                }
            }
        }
        // a parent whose gap is the opposite of a child's is the same difference, reached from the child
        Map<Integer, Integer> reachedFrom = new HashMap<>();
        for (Map.Entry<Integer, List<Gap>> e : gaps.entrySet()) {
            TableRow row = rows.get(e.getKey());
            if (row.code() == null || row.code().length() < 5) {
                continue;
            }
            String parentCode = ClassificationParents.parentCode(row.code());
            for (Map.Entry<Integer, List<Gap>> p : gaps.entrySet()) {
                if (parentCode.equals(rows.get(p.getKey()).code()) && opposite(e.getValue(), p.getValue())) {
                    reachedFrom.put(p.getKey(), e.getKey());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Integer, List<Gap>> e : gaps.entrySet()) {
            if (reachedFrom.containsKey(e.getKey())) {
                continue;
            }
            List<String> reaches = new ArrayList<>();
            for (Map.Entry<Integer, Integer> p : reachedFrom.entrySet()) {
                if (p.getValue().equals(e.getKey())) {
                    TableRow reached = rows.get(p.getKey());
                    reaches.add(reached.code() + " " + reached.name());
                }
            }
            findings.add(finding(i, t, e.getValue(), reaches, lastDigit, perPart));
        }
        return findings;
    }

    private static boolean opposite(List<Gap> child, List<Gap> parent) {
        for (Gap c : child) {
            for (Gap p : parent) {
                if (c.column() == p.column() && c.difference().plus(p.difference()).isZero()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Finding finding(int i, BudgetTable t, List<Gap> row, List<String> reaches, BigDecimal lastDigit, BigDecimal perPart) {
        Gap first = row.get(0);
        TableRow parent = first.parent();
        String level = parent.level().get().label();
        String childLevel = parent.level().get() == ClassificationLevel.CATEGORY ? "款" : "项";
        List<String> otherColumns = row.stream().skip(1).map(g -> g.column().label()).toList();
        Amount tolerance = new Amount(lastDigit.multiply(perPart).multiply(BigDecimal.valueOf(first.parts())), t.unit());
        boolean rounding = perPart.signum() > 0
                && row.stream().allMatch(g -> g.difference().abs().compareTo(tolerance) <= 0);
        String also = (otherColumns.isEmpty() ? "" : "；同一差异见于“" + String.join("”“", otherColumns) + "”列")
                + (reaches.isEmpty() ? "" : "；并使上级" + String.join("、", reaches) + "不等于其下级之和");
        String alsoEn = (otherColumns.isEmpty() ? "" : "; the same difference in column(s) " + String.join(", ", otherColumns))
                + (reaches.isEmpty() ? "" : "; it also unbalances " + String.join(", ", reaches));
        String hint = rounding ? "（在" + first.parts() + "个分项按所印位数取整的尾差±" + tolerance + "以内，只作提示）" : "";
        String hintEn = rounding ? " (within the rounding of " + first.parts() + " printed parts, ±" + tolerance + ": a hint)" : "";
        Finding f = mismatch(
                Pointer.of("tables", i, "rows", first.row(), "amounts", first.column().name().toLowerCase(Locale.ROOT)),
                parent.code() + " " + parent.name(), first.sum(), first.stated(),
                "《" + t.title() + "》" + parent.code() + " " + parent.name() + "（" + level + "）“" + first.column().label()
                        + "”" + first.stated() + "，其下各" + childLevel + "之和为" + first.sum() + also + hint,
                "table '" + t.title() + "', " + parent.code() + " " + parent.name() + ", " + first.column().label()
                        + ": " + first.stated() + " but its sub-lines sum to " + first.sum() + alsoEn + hintEn);
        return rounding ? f.withSeverity(Severity.INFO) : f;
    }
}
