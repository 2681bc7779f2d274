package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.workflow.Directory.DepartmentView;

/** Row readers of regions and departments the JDBC repositories share, on the caller's connection. */
final class RegionRows {

    private static final String DEPARTMENT = "SELECT d.id, d.code, d.name, d.nature, d.budget_level, r.code, r.name"
            + " FROM departments d JOIN regions r ON r.id = d.region_id";

    private RegionRows() {
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
        return Rows.first(c, "SELECT d.id FROM departments d JOIN regions r ON r.id = d.region_id"
                + " WHERE r.code = ? AND d.code = ?", r -> r.getLong(1), key.substring(0, slash),
                key.substring(slash + 1));
    }

    static DepartmentView department(Connection c, long id) throws SQLException {
        return Rows.one(c, DEPARTMENT + " WHERE d.id = ?", () -> WorkflowException.notFound("no department " + id),
                RegionRows::department, id);
    }

    /** The departments of the query's rows, from {@code SELECT d.id, d.code, d.name, ... r.name}. */
    static String departments(String where) {
        return DEPARTMENT + " " + where;
    }

    static DepartmentView department(java.sql.ResultSet r) throws SQLException {
        return new DepartmentView(r.getLong(1), r.getString(6) + "/" + r.getString(2), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7));
    }

    /** The ids of the region and of every region below it, in one statement. */
    static Set<Long> idsWithin(Connection c, long top) throws SQLException {
        return new HashSet<>(Rows.all(c, below("SELECT id FROM down"), r -> r.getLong(1), top));
    }

    /** The region {@code top} and every region below it: a recursive query, the same text on H2 and PostgreSQL. */
    static String below(String select) {
        return "WITH RECURSIVE down(id, code, depth) AS (SELECT id, code, 0 FROM regions WHERE id = ?"
                + " UNION ALL SELECT r.id, r.code, down.depth + 1 FROM regions r JOIN down ON r.parent_id = down.id"
                + " WHERE down.depth < " + JdbcPlacements.MAX_DEPTH + ") " + select;
    }
}
