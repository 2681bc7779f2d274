package org.gongkai.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.divisions.Divisions;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Digests;
import org.gongkai.workflow.DepartmentViews.NewDepartment;

/**
 * The regions (行政区划) as a tree and the departments in them. Anyone may read them; only an
 * administrator changes them, and every change is in the audit log.
 */
public final class Directory {

    /** A region with the code of its parent (null at the top). */
    public record RegionView(String code, String name, String level, String parentCode) {
    }

    /** A department; {@code key} is REGION/CODE, unique in the system. */
    public record DepartmentView(long id, String key, String code, String name, String nature, String budgetLevel,
            String regionCode, String regionName) {
    }

    private final Transactions transactions;
    private final Regions regions;
    private final DepartmentViews departments;
    private final AuditTrail audit;
    private final Divisions divisions;

    /** A directory whose provinces, cities and counties are those of {@code divisions}. */
    Directory(Transactions transactions, Regions regions, DepartmentViews departments, AuditTrail audit,
            Divisions divisions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.divisions = Objects.requireNonNull(divisions, "divisions");
    }

    public List<RegionView> regions() {
        return transactions.inTransaction(regions::all);
    }

    public Optional<RegionView> region(String code) {
        return regions().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * Adds a region. A province, city or county is one of the list of administrative divisions, with
     * the list's code: give its code, or leave the code out to have it taken from the list by name and
     * parent (普陀区 in 310000 is 310107). A name or code the list does not hold is refused, never given
     * a made-up code. A township or the central level is not in the list and needs its code.
     */
    public RegionView createRegion(Actor by, String parentCode, String level, String name, String given) {
        requireAdministrator(by);
        GovernmentLevel parsed;
        try {
            parsed = GovernmentLevel.valueOf(String.valueOf(level).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("/level", "unknown level: " + level
                    + " (central, province, city, county, township)");
        }
        if (name == null || name.isBlank()) {
            throw WorkflowException.invalid("/name", "地区名称必填 (name is required)");
        }
        FieldLength.atMost("/name", name, 200);
        if (given != null && !given.isBlank() && !given.matches("[0-9A-Za-z]{2,32}")) {
            throw WorkflowException.invalid("/code", "地区代码须为2至32位字母或数字 (code: 2-32 letters or digits)");
        }
        boolean top = parsed == GovernmentLevel.CENTRAL || parsed == GovernmentLevel.PROVINCE;
        if (!top && (parentCode == null || parentCode.isBlank())) {
            throw WorkflowException.invalid("/parent", "市、县、乡级地区须指定上级地区 (a city, county or township needs its parent)");
        }
        String code = ListedDivisions.listed(parsed) ? new ListedDivisions(divisions).listedCode(parsed, name, parentCode, given)
                : given;
        if (code == null || !code.matches("[0-9A-Za-z]{2,32}")) {
            throw WorkflowException.invalid("/code", "地区代码须为2至32位字母或数字 (code: 2-32 letters or digits)");
        }
        RegionView region = new RegionView(code, name, parsed.name().toLowerCase(Locale.ROOT), parentCode);
        return transactions.inTransaction(() -> {
            Long parentId = null;
            if (parentCode != null && !parentCode.isBlank()) {
                parentId = regions.idOf(parentCode)
                        .orElseThrow(() -> WorkflowException.invalid("/parent", "no region coded " + parentCode));
            }
            if (regions.idOf(code).isPresent()) {
                throw WorkflowException.conflict("地区代码已存在 (region code taken): " + code);
            }
            regions.add(region, parentId);
            audit.append(by.username(), "create-region", "regions/" + code, null, Digests.sha256(name));
            return region;
        });
    }

    public DepartmentView createDepartment(Actor by, String regionCode, String code, String name, String nature,
            String budgetLevel) {
        requireAdministrator(by);
        if (name == null || name.isBlank()) {
            throw WorkflowException.invalid("/name", "部门名称必填 (name is required)");
        }
        FieldLength.atMost("/name", name, 300);
        FieldLength.atMost("/nature", nature, 100);
        FieldLength.atMost("/budgetLevel", budgetLevel, 64);
        if (code == null || !code.matches("[0-9A-Za-z._-]{1,64}")) {
            throw WorkflowException.invalid("/code", "部门代码须为1至64位字母或数字 (code: 1-64 letters or digits)");
        }
        String key = regionCode + "/" + code;
        return transactions.inTransaction(() -> {
            long regionId = regions.idOf(regionCode)
                    .orElseThrow(() -> WorkflowException.invalid("/region", "no region coded " + regionCode));
            if (departments.byKey(key).isPresent()) {
                throw WorkflowException.conflict("部门代码已存在 (department code taken): " + key);
            }
            DepartmentView added = departments.add(new NewDepartment(regionId, code, name, nature, budgetLevel));
            audit.append(by.username(), "create-department", "regions/" + regionCode + "/departments/" + code,
                    null, Digests.sha256(name));
            return added;
        });
    }

    /**
     * The departments of a region and of every region below it (all departments for null), in two
     * statements however many there are: the region's id, and the departments below it with their region.
     */
    public List<DepartmentView> departments(String regionCode) {
        return transactions.inTransaction(() -> regionCode == null ? departments.all()
                : departments.within(regions.idOf(regionCode)
                        .orElseThrow(() -> WorkflowException.notFound("no region " + regionCode))));
    }

    public Optional<DepartmentView> department(String key) {
        return transactions.inTransaction(() -> departments.byKey(key));
    }

    private static void requireAdministrator(Actor by) {
        if (by.isPublic()) {
            throw new WorkflowException(WorkflowException.Kind.UNAUTHENTICATED, "请先登录 (sign in first)",
                    List.of(), java.util.Map.of());
        }
        if (!by.is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden("only an administrator changes regions and departments");
        }
    }
}
