package org.gongkai.validation.rules.arithmetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** 类 = Σ款 and 款 = Σ项, in every column of every classified table. */
public final class ClassificationHierarchyAddsUp extends AbstractRule {

    public ClassificationHierarchyAddsUp() {
        super(new RuleInfo("classification-hierarchy-adds-up", Category.ARITHMETIC, Severity.ERROR,
                "政府收支分类科目：类、款、项逐级汇总",
                "每个类等于其下各款之和，每个款等于其下各项之和",
                "Each category (类) is the sum of its sections (款), each section the sum of its items (项)",
                "302 商品和服务支出 24,840,779元，其下各款之和24,840,778元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            if (t.kind().isFinalAccounts()) {
                continue; // the final accounts' tables: final-table-totals-add-up, with their rounding
            }
            List<TableRow> rows = t.rows();
            java.util.Map<String, List<TableRow>> childrenOf = new java.util.HashMap<>();
            for (TableRow row : rows) {
                if (row.code() != null && row.code().length() >= 5 && row.level().isPresent()) {
                    childrenOf.computeIfAbsent(row.code().substring(0, row.code().length() - 2), k -> new ArrayList<>()).add(row);
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                TableRow parent = rows.get(r);
                if (parent.level().isEmpty() || parent.level().get() == ClassificationLevel.ITEM) {
                    continue;
                }
                List<TableRow> children = childrenOf.getOrDefault(parent.code(), List.of());
                if (children.isEmpty()) {
                    continue;
                }
                Set<Column> columns = EnumSet.noneOf(Column.class);
                columns.addAll(parent.amounts().keySet());
                children.forEach(c -> columns.addAll(c.amounts().keySet()));
                for (Column c : columns) {
                    Amount sum = Sums.sumOrZero(children.stream().map(x -> x.amounts().get(c)).toList(), t.unit());
                    Amount stated = parent.amount(c).orElse(Amount.zero(t.unit()));
                    if (sum.compareTo(stated) != 0) {
                        String level = parent.level().get().label();
                        String childLevel = parent.level().get() == ClassificationLevel.CATEGORY ? "款" : "项";
                        findings.add(mismatch(
                                Pointer.of("tables", i, "rows", r, "amounts", c.name().toLowerCase(Locale.ROOT)),
                                parent.code() + " " + parent.name(), sum, stated,
                                "《" + t.title() + "》" + parent.code() + " " + parent.name() + "（" + level + "）“" + c.label()
                                        + "”" + stated + "，其下各" + childLevel + "之和为" + sum,
                                "table '" + t.title() + "', " + parent.code() + " " + parent.name() + ", " + c.label()
                                        + ": " + stated + " but its sub-lines sum to " + sum));
                    }
                }
            }
        }
        return findings;
    }
}
