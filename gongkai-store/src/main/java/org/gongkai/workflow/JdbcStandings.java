package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Database;

/**
 * The standings of a region's departments in three statements however many departments it has: the
 * region and those above it, the regions below it, and the departments with their disclosure, latest
 * version and latest published version.
 */
final class JdbcStandings implements Standings {


    private static final String ABOVE = "WITH RECURSIVE up(id, parent_id, depth) AS ("
            + " SELECT id, parent_id, 0 FROM regions WHERE code = ?"
            + " UNION ALL SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id"
            + " WHERE up.depth < " + JdbcPlacements.MAX_DEPTH + ") SELECT id FROM up ORDER BY depth";

    private static final String BELOW = "WITH RECURSIVE down(id, parent_id, depth) AS ("
            + " SELECT id, parent_id, 0 FROM regions WHERE id = ?"
            + " UNION ALL SELECT r.id, r.parent_id, down.depth + 1 FROM regions r JOIN down ON r.parent_id = down.id"
            + " WHERE down.depth < " + JdbcPlacements.MAX_DEPTH + ")";

    private static final String STANDINGS = BELOW
            + " SELECT p.id, p.code, p.name, p.nature, p.budget_level, r.code, r.name, p.region_id,"
            + " d.id, d.approved_on, d.published_at,"
            + " lv.status, lv.errors, lv.warnings, pv.version, pv.errors, pv.warnings"
            + " FROM departments p JOIN regions r ON r.id = p.region_id"
            + " LEFT JOIN disclosures d ON d.department_id = p.id AND d.fiscal_year = ? AND d.kind = ?"
            + " LEFT JOIN disclosure_versions lv ON lv.disclosure_id = d.id AND lv.version ="
            + " (SELECT MAX(x.version) FROM disclosure_versions x WHERE x.disclosure_id = d.id)"
            + " LEFT JOIN disclosure_versions pv ON pv.disclosure_id = d.id AND pv.version ="
            + " (SELECT MAX(y.version) FROM disclosure_versions y WHERE y.disclosure_id = d.id AND y.status = 'published')"
            + " WHERE p.region_id IN (SELECT id FROM down) ORDER BY p.code, p.id";

    private final Database database;

    JdbcStandings(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<Standing> of(String regionCode, int year, DisclosureKind kind) {
        return Rows.unchecked(() -> read(database.connection(), regionCode, year, kind));
    }

    private static List<Standing> read(Connection c, String regionCode, int year, DisclosureKind kind)
            throws SQLException {
        List<Long> above = ids(c, ABOVE, s -> s.setString(1, regionCode));
        if (above.isEmpty()) {
            throw WorkflowException.notFound("no region " + regionCode);
        }
        long top = above.get(0);
        Map<Long, Long> parents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(BELOW + " SELECT id, parent_id FROM down")) {
            s.setLong(1, top);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    parents.put(r.getLong(1), r.getLong(1) == top ? null : r.getLong(2));
                }
            }
        }
        List<Standing> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(STANDINGS)) {
            s.setLong(1, top);
            s.setInt(2, year);
            s.setString(3, kind.code());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Placement place = new Placement(r.getLong(1), path(r.getLong(8), parents, above));
                    out.add(standing(r, place));
                }
            }
        }
        return out;
    }

    private static Standing standing(ResultSet r, Placement place) throws SQLException {
        long id = r.getLong(9);
        Long disclosureId = r.wasNull() ? null : id;
        OffsetDateTime publishedAt = r.getObject(11, OffsetDateTime.class);
        return new Standing(department(r), place, disclosureId, r.getObject(10, LocalDate.class),
                publishedAt == null ? null : publishedAt.toInstant(), r.getString(12), integer(r, 13), integer(r, 14),
                integer(r, 15), integer(r, 16), integer(r, 17));
    }

    private static Directory.DepartmentView department(ResultSet r) throws SQLException {
        return new Directory.DepartmentView(r.getLong(1), r.getString(6) + "/" + r.getString(2), r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7));
    }

    /** A region's path to the top: up through the regions below the dashboard's region, then above it. */
    private static List<Long> path(long regionId, Map<Long, Long> parents, List<Long> above) {
        List<Long> path = new ArrayList<>();
        for (Long at = regionId; at != null && path.size() <= JdbcPlacements.MAX_DEPTH; at = parents.get(at)) {
            if (at.equals(above.get(0))) {
                break;
            }
            path.add(at);
        }
        path.addAll(above);
        return path;
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private static List<Long> ids(Connection c, String sql, Binder binder) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }
}
