package org.gongkai.divisions;

import java.util.Objects;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Region;

/**
 * Where a division lies: its province, its city (null for a province, and for a county of a
 * municipality or one directly under its province) and its county (null above county level).
 */
public record Placement(Division province, Division city, Division county) {

    public Placement {
        Objects.requireNonNull(province, "province");
        require(province, GovernmentLevel.PROVINCE);
        require(city, GovernmentLevel.CITY);
        require(county, GovernmentLevel.COUNTY);
    }

    /** The most specific division: the county, else the city, else the province. */
    public Division division() {
        return county != null ? county : city != null ? city : province;
    }

    public GovernmentLevel level() {
        return division().level();
    }

    /** The code of the most specific division, e.g. 310107 for 上海市普陀区. */
    public String code() {
        return division().code();
    }

    /** The names joined as printed: 河北省邢台市临西县, 上海市普陀区. */
    public String fullName() {
        return region().fullName();
    }

    /** The model's region at this placement's level, with its code and no township. */
    public Region region() {
        return new Region(level(), province.name(), city == null ? null : city.name(),
                county == null ? null : county.name(), null, code());
    }

    private static void require(Division d, GovernmentLevel level) {
        if (d != null && d.level() != level) {
            throw new IllegalArgumentException(d.name() + " " + d.code() + " is not at " + level + " level");
        }
    }
}
