package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

import org.gongkai.lifecycle.Role;

import org.gongkai.lifecycle.Actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.divisions.Divisions;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;

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

    private final Database database;
    private final JdbcAuditLog audit;
    private final Divisions divisions;

    /** A directory whose provinces, cities and counties are those of {@link Divisions#standard()}. */
    public Directory(Database database, JdbcAuditLog audit) {
        this(database, audit, Divisions.standard());
    }

    public Directory(Database database, JdbcAuditLog audit, Divisions divisions) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.divisions = Objects.requireNonNull(divisions, "divisions");
    }

    public List<RegionView> regions() {
        return database.inTransaction(c -> {
            List<RegionView> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT r.code, r.name, r.level, p.code FROM regions r"
                    + " LEFT JOIN regions p ON p.id = r.parent_id ORDER BY r.code");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new RegionView(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            return all;
        });
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
        return database.inTransaction(c -> {
            Long parentId = null;
            if (parentCode != null && !parentCode.isBlank()) {
                parentId = regionId(c, parentCode)
                        .orElseThrow(() -> WorkflowException.invalid("/parent", "no region coded " + parentCode));
            }
            if (regionId(c, code).isPresent()) {
                throw WorkflowException.conflict("地区代码已存在 (region code taken): " + code);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO regions (parent_id, level, name, code) VALUES (?, ?, ?, ?)")) {
                s.setObject(1, parentId);
                s.setString(2, parsed.name().toLowerCase(Locale.ROOT));
                s.setString(3, name);
                s.setString(4, code);
                s.executeUpdate();
            }
            audit.append(c, by.username(), "create-region", "regions/" + code, null, Digests.sha256(name));
            return new RegionView(code, name, parsed.name().toLowerCase(Locale.ROOT), parentCode);
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
        return database.inTransaction(c -> {
            long regionId = regionId(c, regionCode)
                    .orElseThrow(() -> WorkflowException.invalid("/region", "no region coded " + regionCode));
            if (departmentIdByKey(c, regionCode + "/" + code).isPresent()) {
                throw WorkflowException.conflict("部门代码已存在 (department code taken): " + regionCode + "/" + code);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO departments"
                    + " (region_id, code, name, nature, budget_level) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, regionId);
                s.setString(2, code);
                s.setString(3, name);
                s.setString(4, nature);
                s.setString(5, budgetLevel);
                s.executeUpdate();
            }
            audit.append(c, by.username(), "create-department", "regions/" + regionCode + "/departments/" + code,
                    null, Digests.sha256(name));
            return department(c, departmentIdByKey(c, regionCode + "/" + code).orElseThrow());
        });
    }

    /**
     * The departments of a region and of every region below it (all departments for null), in two
     * statements however many there are: the regions below, and the departments with their region.
     */
    public List<DepartmentView> departments(String regionCode) {
        return database.inTransaction(c -> {
            Set<Long> within = regionCode == null ? null : regionsWithin(c,
                    regionId(c, regionCode).orElseThrow(() -> WorkflowException.notFound("no region " + regionCode)));
            List<DepartmentView> views = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.code, d.name, d.nature, d.budget_level,"
                    + " r.code, r.name, r.id FROM departments d JOIN regions r ON r.id = d.region_id ORDER BY d.code");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (within == null || within.contains(r.getLong(8))) {
                        views.add(new DepartmentView(r.getLong(1), r.getString(6) + "/" + r.getString(2),
                                r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                                r.getString(7)));
                    }
                }
            }
            return views;
        });
    }

    public Optional<DepartmentView> department(String key) {
        return database.inTransaction(c -> {
            Optional<Long> id = departmentIdByKey(c, key);
            return id.isPresent() ? Optional.of(department(c, id.get())) : Optional.empty();
        });
    }

    static DepartmentView department(Connection c, long id) throws SQLException {
        return Rows.one(c, "SELECT d.code, d.name, d.nature, d.budget_level, r.code, r.name"
                + " FROM departments d JOIN regions r ON r.id = d.region_id WHERE d.id = ?",
                () -> WorkflowException.notFound("no department " + id),
                r -> new DepartmentView(id, r.getString(5) + "/" + r.getString(1), r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6)), id);
    }

    static Optional<Long> regionId(Connection c, String code) throws SQLException {
        return Rows.first(c, "SELECT id FROM regions WHERE code = ?", r -> r.getLong(1), code);
    }

    /** A department by REGION/CODE. */
    static Optional<Long> departmentIdByKey(Connection c, String key) throws SQLException {
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT d.id FROM departments d JOIN regions r"
                + " ON r.id = d.region_id WHERE r.code = ? AND d.code = ?")) {
            s.setString(1, key.substring(0, slash));
            s.setString(2, key.substring(slash + 1));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The ids of the region and of every region below it. */
    static Set<Long> regionsWithin(Connection c, long top) throws SQLException {
        Map<Long, List<Long>> children = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, parent_id FROM regions"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Long parent = r.getObject(2, Long.class);
                if (parent != null) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r.getLong(1));
                }
            }
        }
        Set<Long> out = new HashSet<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            Long next = todo.pop();
            if (out.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    /** Whether region {@code regionId} is {@code ancestorId} or lies below it. */
    static boolean within(Connection c, long regionId, long ancestorId) throws SQLException {
        Long current = regionId;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current == ancestorId) {
                return true;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT parent_id FROM regions WHERE id = ?")) {
                s.setLong(1, current);
                try (ResultSet r = s.executeQuery()) {
                    current = r.next() ? (Long) r.getObject(1, Long.class) : null;
                }
            }
        }
        return false;
    }

    static long regionOfDepartment(Connection c, long departmentId) throws SQLException {
        return Rows.one(c, "SELECT region_id FROM departments WHERE id = ?",
                () -> WorkflowException.notFound("no department " + departmentId), r -> r.getLong(1), departmentId);
    }

    private static void requireAdministrator(Actor by) {
        if (by.isPublic()) {
            throw new WorkflowException(WorkflowException.Kind.UNAUTHENTICATED, "请先登录 (sign in first)",
                    java.util.List.of(), java.util.Map.of());
        }
        if (!by.is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden("only an administrator changes regions and departments");
        }
    }
}
