package org.gongkai.model;

/** 绩效目标设置情况: how many projects carry targets and the money they cover, as stated. */
public record PerformanceSummary(Integer projectCount, Amount amount, String text) {}
