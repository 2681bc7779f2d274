package org.gongkai.workflow;

import java.util.List;
import java.util.Locale;
import org.gongkai.divisions.Division;
import org.gongkai.divisions.Divisions;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.GovernmentLevel;

/**
 * The list of administrative divisions as the directory checks a province, city or county against
 * it: the list's code by name and parent, or the given code checked against name, level and parent.
 */
final class ListedDivisions {

    private final Divisions divisions;

    ListedDivisions(Divisions divisions) {
        this.divisions = divisions;
    }

    static boolean listed(GovernmentLevel level) {
        return level == GovernmentLevel.PROVINCE || level == GovernmentLevel.CITY || level == GovernmentLevel.COUNTY;
    }

    /** The list's code of this province, city or county, checked against what was given. */
    String listedCode(GovernmentLevel level, String name, String parentCode, String given) {
        Division division;
        if (given == null || given.isBlank()) {
            List<Division> named = divisions.named(name).stream()
                    .filter(d -> d.level() == level && inside(d, parentCode)).toList();
            String where = parentCode == null || parentCode.isBlank() ? "" : " in " + parentCode;
            if (named.isEmpty()) {
                throw WorkflowException.invalid("/code", "行政区划表中没有此地区 (no " + level.name().toLowerCase(Locale.ROOT)
                        + " named " + name + where + " in the list of divisions, " + divisions.source() + ")");
            }
            if (named.size() > 1) {
                throw WorkflowException.invalid("/code", "同名地区不止一个，请填写代码 (" + name + where + " is "
                        + named.stream().map(Division::code).toList() + "; give its code)");
            }
            division = named.get(0);
        } else {
            division = divisions.byCode(given).orElseThrow(() -> WorkflowException.invalid("/code",
                    "代码不在行政区划表中 (" + given + " is not in the list of divisions, " + divisions.source() + ")"));
            if (!division.name().equals(name) || division.level() != level) {
                throw WorkflowException.invalid("/code", "代码与名称或级次不符 (" + given + " is " + division.name() + ", a "
                        + division.level().name().toLowerCase(Locale.ROOT) + ", in the list of divisions)");
            }
            if (!inside(division, parentCode)) {
                throw WorkflowException.invalid("/parent", "上级地区不符 (" + division.name() + " " + given
                        + " does not lie in " + parentCode + ")");
            }
        }
        return division.code();
    }

    /** Whether the division lies in the region coded {@code parentCode}; a province lies in none of the list. */
    boolean inside(Division d, String parentCode) {
        if (parentCode == null || parentCode.isBlank() || divisions.byCode(parentCode).isEmpty()) {
            return d.level() == GovernmentLevel.PROVINCE;
        }
        for (Division at = d; at.parentCode() != null; at = divisions.parent(at).orElseThrow()) {
            if (at.parentCode().equals(parentCode)) {
                return true;
            }
        }
        return false;
    }
}
