package org.gongkai.model;

import java.util.Objects;

/**
 * 部门 or 单位: who publishes. {@code code} is the budget unit code (AGENCY_CODE) when printed,
 * e.g. 306 in the header of the seed's procurement table.
 */
public record Department(String name, String code, Region region) {

    public Department {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
    }
}
