package org.gongkai.model;

/** 分项绩效目标: for one duty, the goal (绩效目标) and the indicators (绩效指标), both in prose. */
public record DutyGoal(String duty, String goal, String indicators) {}
