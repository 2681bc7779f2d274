package org.gongkai.model;

import java.util.List;

/**
 * 机构设置: the units of the department (a table in county templates) and the prose some
 * templates use instead (内设机构 in Shanghai).
 */
public record Organisation(List<OrganisationUnit> units, String description) {

    public Organisation {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
