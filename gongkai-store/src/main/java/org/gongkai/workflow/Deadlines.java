package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.lifecycle.AccessPolicy;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DeadlineStanding;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Database;

/**
 * The deadline dashboard: every department of a region and the regions below it, with where its
 * budget or 决算 of a year stands against the 20-day deadline. Three statements answer it however many
 * departments the region has: the region and those above it, the regions below it, and the
 * departments with their disclosure, latest version and latest published version.
 */
final class Deadlines {

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

    private Deadlines() {
    }

    static List<Workflow.DeadlineRow> of(Connection c, Actor actor, String regionCode, int year, DisclosureKind kind,
            LocalDate today) throws SQLException {
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
        AccessPolicy policy = new AccessPolicy(actor);
        List<Workflow.DeadlineRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(STANDINGS)) {
            s.setLong(1, top);
            s.setInt(2, year);
            s.setString(3, kind.code());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Placement place = new Placement(r.getLong(1), path(r.getLong(8), parents, above));
                    out.add(row(r, department(r), policy.seesDrafts(place), today));
                }
            }
        }
        return out;
    }

    private static Workflow.DeadlineRow row(ResultSet r, Directory.DepartmentView department, boolean insider,
            LocalDate today) throws SQLException {
        long disclosureId = r.getLong(9);
        if (r.wasNull()) {
            return empty(department, insider ? DeadlineStanding.MISSING : DeadlineStanding.NOT_PUBLISHED);
        }
        LocalDate approved = r.getObject(10, LocalDate.class);
        OffsetDateTime publishedAt = r.getObject(11, OffsetDateTime.class);
        Instant published = publishedAt == null ? null : publishedAt.toInstant();
        r.getInt(15);
        boolean hasPublishedVersion = !r.wasNull();
        if (!insider && published == null) {
            // an outsider learns neither that a draft exists nor when it was approved
            return empty(department, DeadlineStanding.NOT_PUBLISHED);
        }
        DeadlineStanding standing = DeadlineStanding.of(approved, published, today);
        boolean shown = insider || hasPublishedVersion;
        String status = !shown ? null : insider ? r.getString(12) : VersionStatus.PUBLISHED.code();
        return new Workflow.DeadlineRow(department, shown ? disclosureId : null, standing.standing(), status, approved,
                standing.deadline(), published, standing.daysLate(), shown ? integer(r, insider ? 13 : 16) : null,
                shown ? integer(r, insider ? 14 : 17) : null);
    }

    private static Workflow.DeadlineRow empty(Directory.DepartmentView department, String standing) {
        return new Workflow.DeadlineRow(department, null, standing, null, null, null, null, null, null, null);
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
