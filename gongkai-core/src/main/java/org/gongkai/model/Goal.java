package org.gongkai.model;

/** One numbered overall goal of 部门整体绩效目标: its heading and its prose. */
public record Goal(String title, String text) {}
