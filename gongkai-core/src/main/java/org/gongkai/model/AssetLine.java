package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of 固定资产占用情况表 or of the statement's vehicle and equipment counts: its name as
 * printed (1、房屋（平方米）), the quantity with its unit, and the value. Blank cells (——) are null;
 * a printed 0 is zero.
 */
public record AssetLine(String name, String category, BigDecimal quantity, String quantityUnit, Amount value) {

    public AssetLine {
        Objects.requireNonNull(name, "name");
    }
}
