package org.gongkai.model;

import java.util.Objects;

/**
 * One row of a 绩效目标表: 一级指标, 二级指标, 三级指标 (the indicator's name), 指标描述, 指标值 and
 * 指标值确定依据, each in the document's words.
 */
public record Indicator(
        String level1, String level2, String name, String description, IndicatorValue value, String basis) {

    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
    }
}
