package org.gongkai.validation.rules.consistency;

import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.TableKind;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** The money of the projects that carry performance targets is part of 项目支出, never more. */
public final class ProjectTargetsWithinProjectExpenditure extends AbstractRule {

    public ProjectTargetsWithinProjectExpenditure() {
        super(new RuleInfo("project-targets-within-project-expenditure", Category.CONSISTENCY, Severity.ERROR,
                "绩效目标覆盖的项目资金是项目支出的一部分",
                "编报绩效目标的项目资金合计不超过项目支出",
                "The money of projects with performance targets does not exceed project expenditure",
                "编报绩效目标的项目涉及资金4,222.51万元，项目支出4,000万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.performance() == null) {
            return none();
        }
        Amount project = d.overview() == null || d.overview().expenditure() == null ? null
                : Sums.amount(d.overview().expenditure().project());
        if (project == null) {
            project = d.table(TableKind.EXPENDITURE_SUMMARY).map(BudgetTable::total)
                    .flatMap(t -> t.amount(Column.PROJECT)).orElse(null);
        }
        Amount covered = d.performance().summary() == null ? null : d.performance().summary().amount();
        String at = Pointer.of("performance", "summary", "amount");
        if (covered == null && !d.performance().projects().isEmpty()) {
            List<Amount> amounts = d.performance().projects().stream().map(ProjectTarget::amount).toList();
            if (!Sums.allStated(amounts)) {
                return List.of(couldNotCheck(Pointer.of("performance", "projects"),
                        "项目绩效目标表未列出项目金额", "the project target tables give no project amounts"));
            }
            covered = Sums.sum(amounts);
            at = Pointer.of("performance", "projects");
        }
        if (covered == null || project == null || covered.compareTo(project) <= 0 || context.agree(covered, project)) {
            return none();
        }
        return List.of(mismatch(at, "绩效目标项目资金", project, covered,
                "编报绩效目标的项目资金" + covered + "超过项目支出" + project,
                "projects with targets cover " + covered + ", more than project expenditure " + project));
    }
}
