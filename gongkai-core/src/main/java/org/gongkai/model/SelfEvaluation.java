package org.gongkai.model;

import java.math.BigDecimal;

/**
 * 预算绩效管理情况 of a 决算, beyond the projects with targets ({@link PerformanceSummary}): the projects
 * tracked and self-evaluated with their amounts, the average score, the count per grade (优, 良, 合格,
 * 不合格), and the problems found, corrected and being corrected. A count not stated is {@code null}.
 */
public record SelfEvaluation(
        Integer trackedProjects,
        Amount trackedAmount,
        Integer evaluatedProjects,
        Amount evaluatedAmount,
        BigDecimal averageScore,
        Integer excellent,
        Integer good,
        Integer pass,
        Integer fail,
        Integer problemsFound,
        Integer problemsCorrected,
        Integer problemsInCorrection,
        String text) {}
