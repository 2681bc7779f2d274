package org.gongkai.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 部门 or 单位: who publishes. {@code code} is the budget unit code (AGENCY_CODE) when printed,
 * e.g. 306 in the header of the seed's procurement table.
 */
public record Department(String name, String code, Region region) {

    public Department {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
    }

    /** Names of places printed in front of a publisher's name: 江苏省, 上海市普陀区. */
    private static final Pattern PLACES = Pattern.compile("^(?:\\p{IsHan}{1,8}?(?:省|自治区|市|州|盟|区|县|旗))+$");

    /**
     * Whether two documents come from the same publisher, however its name is printed: spaces aside, or
     * with the name of its place in front or not (江苏省政协办公厅 and 政协办公厅, 上海市普陀区财政局 and 普陀区财政局),
     * in the same region when both say which. A name inside another in any other way is another publisher
     * (上海市财政局 and 上海市财政局信息中心).
     */
    public boolean isSamePublisherAs(Department other) {
        String a = name.replaceAll("\\s", "");
        String b = other.name.replaceAll("\\s", "");
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        boolean sameName = longer.equals(shorter) || (!shorter.isEmpty() && longer.endsWith(shorter)
                && PLACES.matcher(longer.substring(0, longer.length() - shorter.length())).matches());
        return sameName && (region.code() == null || other.region.code() == null || region.code().equals(other.region.code()));
    }
}
