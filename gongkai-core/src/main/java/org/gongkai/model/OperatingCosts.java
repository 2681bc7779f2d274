package org.gongkai.model;

import java.util.List;

/** 机关运行经费: the total with what is said of last year, and the items it is used for. */
public record OperatingCosts(Figure total, List<CostItem> items, String note) {

    public OperatingCosts {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
