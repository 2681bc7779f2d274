package org.gongkai.model;

/**
 * A statement sentence on one 支出功能分类 heading: "一般公共服务支出"科目12,789万元，主要用于…
 */
public record FunctionSpending(String code, String name, Figure figure, String purpose) {}
