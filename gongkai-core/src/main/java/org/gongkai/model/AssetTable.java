package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/** 固定资产占用情况表: the holdings by category and the purchases planned for the year. */
public record AssetTable(String title, MoneyUnit unit, List<AssetLine> holdings, List<AssetLine> planned) {

    public AssetTable {
        Objects.requireNonNull(unit, "unit");
        holdings = holdings == null ? List.of() : List.copyOf(holdings);
        planned = planned == null ? List.of() : List.copyOf(planned);
    }
}
