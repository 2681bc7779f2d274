package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.TableRow;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** 科目 names are those in force in the fiscal year (210 is 卫生健康支出 since 2019). */
public final class NoObsoleteClassificationNames extends AbstractRule {

    private record Renamed(String code, String obsolete, int since, String current) {}

    private static final List<Renamed> RENAMED = Texts.table("obsolete-classification-names.tsv").stream()
            .map(r -> new Renamed(r[0], r[1], Integer.parseInt(r[2]), r[3])).toList();

    public NoObsoleteClassificationNames() {
        super(new RuleInfo("no-obsolete-classification-names", Category.TEXT, Severity.WARNING,
                "政府收支分类科目（按年度修订）",
                "科目名称使用预算年度适用的政府收支分类科目名称",
                "Classification headings use the names in force in the fiscal year",
                "2020年预算中的“210 医疗卫生与计划生育支出”（2019年起为“卫生健康支出”）"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            for (int r = 0; r < t.rows().size(); r++) {
                TableRow row = t.rows().get(r);
                int table = i;
                int line = r;
                check(d, row.name(), () -> Pointer.of("tables", table, "rows", line, "name"), findings);
            }
        }
        if (d.overview() != null && d.overview().expenditure() != null) {
            List<FunctionSpending> byFunction = d.overview().expenditure().byFunction();
            for (int i = 0; i < byFunction.size(); i++) {
                int line = i;
                check(d, byFunction.get(i).name(), () -> Pointer.of("overview", "expenditure", "byFunction", line, "name"), findings);
            }
        }
        return findings;
    }

    /** Checks one name; its pointer is spelled only for a finding, as most names are in force. */
    private void check(Disclosure d, String name, java.util.function.Supplier<String> at, List<Finding> findings) {
        if (name == null) {
            return;
        }
        for (Renamed r : RENAMED) {
            if (d.fiscalYear() >= r.since() && name.contains(r.obsolete())) {
                findings.add(finding(at.get(), name,
                        "科目名称“" + r.obsolete() + "”已于" + r.since() + "年改为“" + r.current() + "”",
                        "the heading '" + r.obsolete() + "' is named '" + r.current() + "' since " + r.since()));
            }
        }
    }
}
