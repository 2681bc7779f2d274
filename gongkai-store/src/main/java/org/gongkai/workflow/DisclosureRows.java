package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.gongkai.workflow.Workflow.DisclosureView;

/**
 * Row readers and writers the JDBC repositories share: a disclosure's view, the counts of findings,
 * a version's audit subject, the department's lock. Each runs on the caller's connection, inside its
 * transaction.
 */
final class DisclosureRows {

    private DisclosureRows() {
    }

    /**
     * Locks the department's row until the transaction ends, so that two requests creating a
     * disclosure for it (create, import, next year, load) take their turn: the second sees the
     * first's disclosure and is refused as a conflict instead of failing on the unique key.
     */
    static void lockDepartment(Connection c, long departmentId) throws SQLException {
        Rows.one(c, "SELECT id FROM departments WHERE id = ? FOR UPDATE",
                () -> WorkflowException.notFound("no department " + departmentId), r -> r.getLong(1), departmentId);
    }

    static DisclosureView view(Connection c, long id, StoredVersion head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.approved_on, d.published_at, v.errors, v.warnings,"
                + " v.infos, (SELECT MAX(version) FROM disclosure_versions p WHERE p.disclosure_id = d.id"
                + " AND p.status = 'published') FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id"
                + " WHERE d.id = ? AND v.version = ?")) {
            s.setLong(1, id);
            s.setInt(2, head.version());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                LocalDate approved = r.getObject(1, LocalDate.class);
                OffsetDateTime published = r.getObject(2, OffsetDateTime.class);
                String title = DocumentTitle.of(head.json());
                return new DisclosureView(id, RegionRows.department(c, head.departmentId()), head.fiscalYear(), title,
                        head.version(), head.status().code(), head.etag(), integer(r, 3), integer(r, 4), integer(r, 5),
                        approved, approved == null ? null : PublicationDeadline.deadline(approved),
                        published == null ? null : published.toInstant(), integer(r, 6), head.kind().code());
            }
        }
    }

    /** How many findings of each severity a version has, as its columns keep them. */
    record Counts(int errors, int warnings, int infos) {

        static Counts of(List<Finding> findings) {
            return new Counts(count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                    count(findings, Severity.INFO));
        }

        private static int count(List<Finding> findings, Severity severity) {
            return (int) findings.stream().filter(f -> f.severity() == severity).count();
        }
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

    static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }
}
