package org.gongkai.model;

import java.util.Objects;

/**
 * 行政区划: where a department sits. The names are as published; {@code code} is the
 * administrative division code (MOF_DIV_CODE) when known.
 */
public record Region(
        GovernmentLevel level, String province, String city, String county, String township, String code) {

    public Region {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(province, "province");
    }

    /** The name of the region at its own level, e.g. 临西县. */
    public String name() {
        return switch (level) {
            case CENTRAL, PROVINCE -> province;
            case CITY -> city;
            case COUNTY -> county;
            case TOWNSHIP -> township;
        };
    }

    /** Province, city, county and township joined as printed: 河北省邢台市临西县. */
    public String fullName() {
        StringBuilder s = new StringBuilder(province);
        for (String part : new String[] {city, county, township}) {
            if (part != null) {
                s.append(part);
            }
        }
        return s.toString();
    }
}
