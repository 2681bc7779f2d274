package org.gongkai.model;

/**
 * 部门预算安排的总体情况: income, expenditure, and the paragraph on the change against last
 * year with its reason ({@code changeReason}, e.g. 人员工资普调和县加大科技奖励).
 */
public record BudgetOverview(String introduction, Income income, Expenditure expenditure, String changeReason) {}
