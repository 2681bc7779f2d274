package org.gongkai.model;

import java.util.Objects;

/**
 * One item of 机关运行经费 (办公费, 印刷费 ...) with its 经济分类 code when known (30201 ...).
 * {@code amount} null means the item is named without an amount.
 */
public record CostItem(String name, String economicCode, Amount amount) {

    public CostItem {
        Objects.requireNonNull(name, "name");
    }
}
