package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.store.Digests;
import org.gongkai.store.StoreException;

/** Reads a stored version of a disclosure with its content, checked against its SHA-256 on every read. */
final class VersionRows {

    private static final String HEAD = "SELECT d.department_id, d.fiscal_year, v.version, v.status,"
            + " v.canonical_json, v.sha256, COALESCE(v.updated_at, v.created_at), COALESCE(v.updated_by, v.created_by),"
            + " d.kind, d.approved_on, d.published_at, d.id"
            + " FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id WHERE d.id = ? AND ";
    static final String LATEST = "v.version = (SELECT MAX(version) FROM disclosure_versions"
            + " WHERE disclosure_id = d.id)";
    static final String LATEST_PUBLISHED = "v.version = (SELECT MAX(version) FROM disclosure_versions"
            + " WHERE disclosure_id = d.id AND status = 'published')";

    private VersionRows() {
    }

    /** The version of disclosure {@code id} that {@code condition} (on {@code v}, the versions) picks. */
    static Optional<StoredVersion> read(Connection c, long id, String condition, Object... parameters)
            throws SQLException {
        Object[] all = new Object[parameters.length + 1];
        all[0] = id;
        System.arraycopy(parameters, 0, all, 1, parameters.length);
        return Rows.first(c, HEAD + condition, VersionRows::storedVersion, all);
    }

    private static StoredVersion storedVersion(ResultSet r) throws SQLException {
        OffsetDateTime published = r.getObject(11, OffsetDateTime.class);
        StoredVersion version = new StoredVersion(r.getLong(12), r.getLong(1), r.getInt(2),
                DisclosureKind.ofCode(r.getString(9)), r.getInt(3), VersionStatus.ofCode(r.getString(4)),
                r.getString(5), r.getString(6), r.getObject(7, OffsetDateTime.class).toInstant(), r.getString(8),
                r.getObject(10, LocalDate.class), published == null ? null : published.toInstant());
        if (!Digests.sha256(version.json()).equals(version.sha256())) {
            throw new StoreException("version " + version.version() + " of disclosure " + version.disclosureId()
                    + ": stored text does not match its SHA-256");
        }
        return version;
    }
}
