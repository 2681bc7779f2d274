package org.gongkai.validation.rules.finalaccounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Disclosure;
import org.gongkai.model.SelfEvaluation;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * 绩效自评: the projects graded 优, 良, 合格 and 不合格 are the projects self-evaluated; the problems corrected and
 * being corrected are no more than those found; the average score is between 0 and 100.
 */
public final class SelfEvaluationCountsAddUp extends FinalAccountsRule {

    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    public SelfEvaluationCountsAddUp() {
        super(new RuleInfo("self-evaluation-counts-add-up", Category.ARITHMETIC, Severity.ERROR,
                "部门决算公开模板：预算绩效管理情况（绩效自评项目数、评级、平均得分，发现问题及整改）",
                "绩效自评各评级项目数之和等于自评项目数，已整改与正在整改的问题不多于发现的问题，平均得分在0到100之间",
                "Self-evaluation grades add up to the projects evaluated; problems corrected and in correction do not exceed those found",
                "绩效自评的项目4个，其中评级为“优”的3个、“良”的0个、“合格”的0个、“不合格”的0个",
                "绩效自评的项目4个：“优”4个、“良”0个、“合格”0个、“不合格”0个；发现问题0个，已整改0个，正在整改0个"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        SelfEvaluation e = d.finalAccounts() == null ? null : d.finalAccounts().evaluation();
        if (e == null) {
            findings.add(couldNotCheck("/finalAccounts/evaluation", "说明未列出绩效自评情况", "the statement gives no self-evaluation"));
            return;
        }
        if (e.evaluatedProjects() != null && Stream.of(e.excellent(), e.good(), e.pass(), e.fail()).allMatch(c -> c != null)) {
            int graded = e.excellent() + e.good() + e.pass() + e.fail();
            if (graded != e.evaluatedProjects()) {
                findings.add(finding("/finalAccounts/evaluation/evaluatedProjects", "绩效自评",
                        "绩效自评项目" + e.evaluatedProjects() + "个，各评级项目之和为" + graded + "个",
                        e.evaluatedProjects() + " projects self-evaluated, but the grades count " + graded));
            }
        }
        if (e.problemsFound() != null) {
            int dealt = (e.problemsCorrected() == null ? 0 : e.problemsCorrected())
                    + (e.problemsInCorrection() == null ? 0 : e.problemsInCorrection());
            if (dealt > e.problemsFound()) {
                findings.add(finding("/finalAccounts/evaluation/problemsFound", "绩效自评发现问题",
                        "发现问题" + e.problemsFound() + "个，已完成整改与正在整改的共" + dealt + "个",
                        e.problemsFound() + " problems found, but " + dealt + " corrected or in correction"));
            }
        }
        if (e.averageScore() != null && (e.averageScore().signum() < 0 || e.averageScore().compareTo(FULL_MARKS) > 0)) {
            findings.add(finding("/finalAccounts/evaluation/averageScore", "绩效自评平均得分",
                    "绩效自评平均得分" + e.averageScore().toPlainString() + "分，不在0至100分之间",
                    "an average self-evaluation score of " + e.averageScore().toPlainString() + " is outside 0 to 100"));
        }
    }
}
