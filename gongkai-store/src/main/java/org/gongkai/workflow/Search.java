package org.gongkai.workflow;

import static org.gongkai.workflow.DisclosureRows.*;
import static org.gongkai.workflow.Gates.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.store.StoreException;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.DisclosureView;
import org.gongkai.workflow.Workflow.Rendered;

/** Finding disclosures by text, region and year, as the asker may see them. */
final class Search extends UseCase {

    /** A version as listed: its number, status, digest, title, counts, and whether its text holds the needle. */
    private record Listed(int version, String status, String sha256, String title, Integer errors, Integer warnings,
            Integer infos, boolean textHit) {
    }

    /** A disclosure with its latest version and its latest published one (null if none). */
    private record Row(long id, long departmentId, int fiscalYear, LocalDate approvedOn, OffsetDateTime publishedAt,
            Listed latest, Listed published, String departmentName, String kind) {
    }

    Search(Database database, JdbcAuditLog audit, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        super(database, audit, codec, checks, renderer, clock);
    }

    /**
     * Disclosures the asker may see, newest year first, optionally within a region (and below), of a
     * year, and containing a text (in the department's name or anywhere in the content: project,
     * indicator, statement). The public finds published versions only.
     */
    public List<DisclosureView> search(Actor actor, String text, String regionCode, Integer year) {
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        String like = needle == null ? null
                : "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.inTransaction(c -> {
            Set<Long> within = regionCode == null || regionCode.isBlank() ? null : Directory.regionsWithin(c,
                    Directory.regionId(c, regionCode).orElseThrow(() -> WorkflowException.notFound("no region " + regionCode)));
            List<DisclosureView> out = new ArrayList<>();
            Map<Long, Boolean> insiders = new HashMap<>();
            Map<Long, Directory.DepartmentView> departments = new HashMap<>();
            for (Row row : rows(c, like, year, within)) {
                boolean insider = !actor.isPublic() && insiders.computeIfAbsent(row.departmentId(), dep -> {
                    try {
                        return canSeeDrafts(c, actor, dep);
                    } catch (SQLException e) {
                        throw new StoreException(e.getMessage(), e);
                    }
                });
                Listed shown = insider ? row.latest() : row.published();
                if (shown == null) {
                    continue;
                }
                // the database's LIKE runs over the whole JSON text; a hit is kept only if it is in a
                // value, so that a field's name (fiscalYear, amount) finds nothing by itself
                boolean matches = needle == null || row.departmentName().toLowerCase(Locale.ROOT).contains(needle)
                        || shown.textHit() && versionHead(c, row.id(), shown.version())
                                .map(h -> SearchText.valuesContain(h.json, needle)).orElse(false);
                if (!matches) {
                    continue;
                }
                String title = shown.title() != null ? shown.title()
                        : versionHead(c, row.id(), shown.version()).map(h -> titleOf(h.json)).orElse(null);
                Directory.DepartmentView department = departments.get(row.departmentId());
                if (department == null) {
                    department = Directory.department(c, row.departmentId());
                    departments.put(row.departmentId(), department);
                }
                LocalDate approved = row.approvedOn();
                out.add(new DisclosureView(row.id(), department, row.fiscalYear(), title, shown.version(),
                        insider ? shown.status() : VersionStatus.PUBLISHED.code(),
                        Workflow.etag(shown.version(), shown.sha256()), shown.errors(), shown.warnings(), shown.infos(),
                        approved, approved == null ? null : PublicationDeadline.deadline(approved),
                        row.publishedAt() == null ? null : row.publishedAt().toInstant(),
                        row.published() == null ? null : row.published().version(), row.kind()));
            }
            return out;
        });
    }

    /**
     * One statement for every disclosure: its latest version and its latest published one, and
     * whether each contains the text, computed where the documents are.
     */
    private static List<Row> rows(Connection c, String like, Integer year, Set<Long> within) throws SQLException {
        String sql = "SELECT d.id, d.department_id, p.region_id, d.fiscal_year, d.approved_on, d.published_at,"
                + " lv.version, lv.status, lv.sha256, lv.title, lv.errors, lv.warnings, lv.infos,"
                + " pv.version, pv.sha256, pv.title, pv.errors, pv.warnings, pv.infos, p.name, d.kind"
                + (like == null ? "" : ", LOWER(lv.canonical_json) LIKE ? ESCAPE '\\', LOWER(pv.canonical_json) LIKE ? ESCAPE '\\'")
                + " FROM disclosures d JOIN departments p ON p.id = d.department_id"
                + " JOIN disclosure_versions lv ON lv.disclosure_id = d.id AND lv.version ="
                + " (SELECT MAX(x.version) FROM disclosure_versions x WHERE x.disclosure_id = d.id)"
                + " LEFT JOIN disclosure_versions pv ON pv.disclosure_id = d.id AND pv.version ="
                + " (SELECT MAX(y.version) FROM disclosure_versions y WHERE y.disclosure_id = d.id AND y.status = 'published')"
                + (year == null ? "" : " WHERE d.fiscal_year = ?") + " ORDER BY d.fiscal_year DESC, p.code, d.kind";
        List<Row> rows = new ArrayList<>();
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
                            integer(r, 11), integer(r, 12), integer(r, 13), like != null && r.getBoolean(22));
                    Integer publishedVersion = integer(r, 14);
                    Listed published = publishedVersion == null ? null : new Listed(publishedVersion,
                            VersionStatus.PUBLISHED.code(), r.getString(15), r.getString(16), integer(r, 17),
                            integer(r, 18), integer(r, 19), like != null && r.getBoolean(23));
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getInt(4), r.getObject(5, LocalDate.class),
                            r.getObject(6, OffsetDateTime.class), latest, published, r.getString(20), r.getString(21)));
                }
            }
        }
        return rows;
    }
}
