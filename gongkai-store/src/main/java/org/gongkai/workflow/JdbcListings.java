package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.StoreException;

/**
 * The search's listing in one statement for every disclosure, whatever the number of departments:
 * the department and its region joined in, the text looked for matched where the documents are, and
 * only the content of the versions that match read back (its digest checked).
 */
final class JdbcListings implements Listings {

    private final Database database;

    JdbcListings(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<Listing> find(String needle, Integer year, String regionCode) {
        return Rows.unchecked(() -> {
            Connection c = database.connection();
            Set<Long> within = regionCode == null || regionCode.isBlank() ? null : RegionRows.idsWithin(c,
                    RegionRows.regionId(c, regionCode).orElseThrow(() -> WorkflowException.notFound("no region " + regionCode)));
            return rows(c, needle == null ? null : like(needle), year, within);
        });
    }

    /** The LIKE pattern of a text, its wildcards escaped. */
    private static String like(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String content(String alias, String like) {
        return "CASE WHEN " + alias + ".title IS NULL"
                + (like == null ? "" : " OR LOWER(" + alias + ".canonical_json) LIKE ? ESCAPE '\\'")
                + " THEN " + alias + ".canonical_json END";
    }

    private static List<Listing> rows(Connection c, String like, Integer year, Set<Long> within) throws SQLException {
        String sql = "SELECT d.id, d.department_id, p.region_id, d.fiscal_year, d.approved_on, d.published_at,"
                + " lv.version, lv.status, lv.sha256, lv.title, lv.errors, lv.warnings, lv.infos,"
                + " pv.version, pv.sha256, pv.title, pv.errors, pv.warnings, pv.infos, d.kind,"
                + " p.code, p.name, p.nature, p.budget_level, rg.code, rg.name, "
                + content("lv", like) + ", " + content("pv", like)
                + " FROM disclosures d JOIN departments p ON p.id = d.department_id JOIN regions rg ON rg.id = p.region_id"
                + " JOIN disclosure_versions lv ON lv.disclosure_id = d.id AND lv.version ="
                + " (SELECT MAX(x.version) FROM disclosure_versions x WHERE x.disclosure_id = d.id)"
                + " LEFT JOIN disclosure_versions pv ON pv.disclosure_id = d.id AND pv.version ="
                + " (SELECT MAX(y.version) FROM disclosure_versions y WHERE y.disclosure_id = d.id AND y.status = 'published')"
                + (year == null ? "" : " WHERE d.fiscal_year = ?") + " ORDER BY d.fiscal_year DESC, p.code, d.kind";
        List<Listing> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            if (like != null) {
                s.setString(p++, like);
                s.setString(p++, like);
            }
            if (year != null) {
                s.setInt(p, year);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (within != null && !within.contains(r.getLong(3))) {
                        continue;
                    }
                    Listed latest = new Listed(r.getInt(7), r.getString(8), r.getString(9), r.getString(10),
                            DisclosureRows.integer(r, 11), DisclosureRows.integer(r, 12), DisclosureRows.integer(r, 13),
                            checked(r.getString(27), r.getString(9)));
                    Integer publishedVersion = DisclosureRows.integer(r, 14);
                    Listed published = publishedVersion == null ? null : new Listed(publishedVersion,
                            VersionStatus.PUBLISHED.code(), r.getString(15), r.getString(16), DisclosureRows.integer(r, 17),
                            DisclosureRows.integer(r, 18), DisclosureRows.integer(r, 19), checked(r.getString(28), r.getString(15)));
                    Directory.DepartmentView department = new Directory.DepartmentView(r.getLong(2),
                            r.getString(25) + "/" + r.getString(21), r.getString(21), r.getString(22), r.getString(23),
                            r.getString(24), r.getString(25), r.getString(26));
                    OffsetDateTime publishedAt = r.getObject(6, OffsetDateTime.class);
                    rows.add(new Listing(r.getLong(1), department, r.getInt(4), r.getObject(5, LocalDate.class),
                            publishedAt == null ? null : publishedAt.toInstant(), latest, published, r.getString(20)));
                }
            }
        }
        return rows;
    }

    /** The content read, checked against its digest as every read of a version is. */
    private static String checked(String json, String sha256) {
        if (json != null && !Digests.sha256(json).equals(sha256)) {
            throw new StoreException("a stored version's text does not match its SHA-256 (" + sha256 + ")");
        }
        return json;
    }
}
