package org.gongkai.model;

import java.util.Objects;

/**
 * One row of 部门机构设置情况: a unit with its 单位性质 (参公, 行政, 事业 ...), 单位规格 (科级 ...)
 * and 经费保障形式 (财政拨款 ...), each as published.
 */
public record OrganisationUnit(String name, String nature, String rank, String fundingForm) {

    public OrganisationUnit {
        Objects.requireNonNull(name, "name");
    }

    /** 行政 units and 参公 (managed like civil service) units are the ones 机关运行经费 covers. */
    public boolean isAdministrative() {
        return nature != null && (nature.contains("行政") || nature.contains("参公") || nature.contains("参照公务员"));
    }
}
