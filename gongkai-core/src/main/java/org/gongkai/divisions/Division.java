package org.gongkai.divisions;

import java.util.Objects;
import org.gongkai.model.GovernmentLevel;

/**
 * One administrative division: its six-digit code (GB/T 2260), its name as the list spells it, its
 * level (province, city or county) and the code of the division it lies in (null for a province).
 * A county of a municipality (上海市普陀区) or a county-level division directly under its province
 * (湖北省仙桃市) has the province as its parent.
 */
public record Division(String code, String name, GovernmentLevel level, String parentCode) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (!code.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a division code has six digits: " + code);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("division " + code + " has no name");
        }
        if (level == GovernmentLevel.CENTRAL || level == GovernmentLevel.TOWNSHIP) {
            throw new IllegalArgumentException("the list holds provinces, cities and counties, not " + level);
        }
        if ((level == GovernmentLevel.PROVINCE) != (parentCode == null)) {
            throw new IllegalArgumentException("division " + code + ": a province and only a province has no parent");
        }
    }
}
