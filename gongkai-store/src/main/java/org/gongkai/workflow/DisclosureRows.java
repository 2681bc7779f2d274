package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.store.Digests;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.gongkai.workflow.Workflow.DisclosureView;

/**
 * The disclosures' rows as the use cases read them: a version's head with its content (its digest
 * checked on every read), the views listed to callers, the ids and locks. Each method runs on the
 * caller's connection, inside its transaction.
 */
final class DisclosureRows {

    private DisclosureRows() {
    }

    static Optional<Integer> latestPublishedVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(version) FROM disclosure_versions"
                + " WHERE disclosure_id = ? AND status = 'published'")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                int v = r.getInt(1);
                return r.wasNull() ? Optional.empty() : Optional.of(v);
            }
        }
    }

    /**
     * Locks the department's row until the transaction ends, so that two requests creating a
     * disclosure for it (create, import, next year, load) take their turn: the second sees the
     * first's disclosure and is refused as a conflict instead of failing on the unique key.
     */
    static void lockDepartment(Connection c, long departmentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM departments WHERE id = ? FOR UPDATE")) {
            s.setLong(1, departmentId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw WorkflowException.notFound("no department " + departmentId);
                }
            }
        }
    }

    static Head lockHead(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM disclosures WHERE id = ? FOR UPDATE")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw WorkflowException.notFound("no disclosure " + id);
                }
            }
        }
        return head(c, id, false);
    }

    static Head head(Connection c, long id, boolean unused) throws SQLException {
        return headWhere(c, id, "v.version = (SELECT MAX(version) FROM disclosure_versions WHERE disclosure_id = d.id)", null)
                .orElseThrow(() -> WorkflowException.notFound("no disclosure " + id));
    }

    static Optional<Head> latestPublished(Connection c, long id) throws SQLException {
        return headWhere(c, id, "v.version = (SELECT MAX(version) FROM disclosure_versions WHERE disclosure_id = d.id"
                + " AND status = 'published')", null);
    }

    static Optional<Head> versionHead(Connection c, long id, int version) throws SQLException {
        return headWhere(c, id, "v.version = ?", version);
    }

    static Optional<Head> headWhere(Connection c, long id, String condition, Integer parameter)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.department_id, d.fiscal_year, v.version, v.status,"
                + " v.canonical_json, v.sha256, COALESCE(v.updated_at, v.created_at), COALESCE(v.updated_by, v.created_by),"
                + " d.kind, d.approved_on, d.published_at"
                + " FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id WHERE d.id = ? AND "
                + condition)) {
            s.setLong(1, id);
            if (parameter != null) {
                s.setInt(2, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Head h = new Head();
                h.departmentId = r.getLong(1);
                h.fiscalYear = r.getInt(2);
                h.version = r.getInt(3);
                h.status = VersionStatus.ofCode(r.getString(4));
                h.json = r.getString(5);
                h.sha256 = r.getString(6);
                h.updatedAt = r.getObject(7, OffsetDateTime.class).toInstant();
                h.updatedBy = r.getString(8);
                h.kind = DisclosureKind.ofCode(r.getString(9));
                h.approvedOn = r.getObject(10, LocalDate.class);
                OffsetDateTime published = r.getObject(11, OffsetDateTime.class);
                h.publishedAt = published == null ? null : published.toInstant();
                if (!Digests.sha256(h.json).equals(h.sha256)) {
                    throw new org.gongkai.store.StoreException("version " + h.version + " of disclosure " + id
                            + ": stored text does not match its SHA-256");
                }
                return Optional.of(h);
            }
        }
    }

    static DisclosureView view(Connection c, long id) throws SQLException {
        Head head = head(c, id, false);
        return view(c, id, head);
    }

    /** The view the public gets: the latest published version as if it were the only one. */
    static DisclosureView publicView(Connection c, long id) throws SQLException {
        Head head = latestPublished(c, id).orElseThrow(() -> WorkflowException.notFound("no disclosure " + id));
        return view(c, id, head);
    }

    static DisclosureView view(Connection c, long id, Head head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.approved_on, d.published_at, v.errors, v.warnings,"
                + " v.infos, (SELECT MAX(version) FROM disclosure_versions p WHERE p.disclosure_id = d.id"
                + " AND p.status = 'published') FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id"
                + " WHERE d.id = ? AND v.version = ?")) {
            s.setLong(1, id);
            s.setInt(2, head.version);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                LocalDate approved = r.getObject(1, LocalDate.class);
                OffsetDateTime published = r.getObject(2, OffsetDateTime.class);
                String title = titleOf(head.json);
                return new DisclosureView(id, Directory.department(c, head.departmentId), head.fiscalYear, title,
                        head.version, head.status.code(), head.etag(), integer(r, 3), integer(r, 4), integer(r, 5),
                        approved, approved == null ? null : PublicationDeadline.deadline(approved),
                        published == null ? null : published.toInstant(), integer(r, 6), head.kind.code());
            }
        }
    }

    static String titleOf(String json) {
        int at = json.indexOf("\"title\"");
        if (at < 0) {
            return null;
        }
        int start = json.indexOf('"', json.indexOf(':', at) + 1);
        int end = start;
        while (end >= 0) {
            end = json.indexOf('"', end + 1);
            if (end > 0 && json.charAt(end - 1) != '\\') {
                break;
            }
        }
        return start < 0 || end < 0 ? null : json.substring(start + 1, end);
    }

    static void setCounts(PreparedStatement s, int first, List<Finding> findings) throws SQLException {
        s.setInt(first, (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        s.setInt(first + 1, (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        s.setInt(first + 2, (int) findings.stream().filter(f -> f.severity() == Severity.INFO).count());
    }

    static long insertDisclosure(Connection c, long departmentId, int year, DisclosureKind kind)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO disclosures (department_id, fiscal_year, kind) VALUES (?, ?, ?)", new String[] {"id"})) {
            s.setLong(1, departmentId);
            s.setInt(2, year);
            s.setString(3, kind.code());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Optional<Long> disclosureId(Connection c, long departmentId, int year, DisclosureKind kind)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM disclosures WHERE department_id = ? AND fiscal_year = ? AND kind = ?")) {
            s.setLong(1, departmentId);
            s.setInt(2, year);
            s.setString(3, kind.code());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    static Set<String> acknowledgedKeys(Connection c, long id, int version) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT rule_id, path FROM acknowledgements WHERE disclosure_id = ? AND version = ?")) {
            s.setLong(1, id);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(key(r.getString(1), r.getString(2)));
                }
            }
        }
        return keys;
    }

    /** How an acknowledgement names the warning it answers: rule id and JSON pointer. */
    static String key(String rule, String path) {
        return rule + " " + path;
    }

    static String subject(Connection c, long id, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT department_id, fiscal_year, kind FROM disclosures WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return "departments/" + r.getLong(1) + "/" + DisclosureKind.ofCode(r.getString(3)).subjectWord() + "/"
                        + r.getInt(2) + "/versions/" + version;
            }
        }
    }

    static String describe(DisclosureKind kind) {
        return kind == DisclosureKind.BUDGET ? "a budget disclosure" : "final accounts";
    }

    /** A save keeps the disclosure's kind: a budget does not turn into a 决算, nor the other way. */
    static void requireSameKind(Head head, Disclosure disclosure) {
        if (DisclosureKind.of(disclosure.document().kind()) != head.kind) {
            throw WorkflowException.invalid("/document/kind", "this disclosure is " + describe(head.kind) + ", not "
                    + disclosure.document().kind().label() + " (公开类型不可更改)");
        }
    }

    static long departmentOf(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT department_id FROM disclosures WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw WorkflowException.notFound("no disclosure " + id);
                }
                return r.getLong(1);
            }
        }
    }

    static String unquote(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }
}
