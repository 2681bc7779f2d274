package org.gongkai.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;

/**
 * Disclosures in tables {@code disclosures} and {@code disclosure_versions}, audited in
 * {@code audit_log} within the same transaction.
 *
 * <p>Every write reads the stored text back and binds it to the model before the transaction
 * commits, so what the store holds is always a disclosure that loads; text that does not bind,
 * or that speaks of another fiscal year, rolls the whole operation back.
 */
public final class JdbcDisclosures implements Disclosures {

    private static final String VERSION_COLUMNS = "d.id AS disclosure_id, d.department_id, d.fiscal_year, v.version,"
            + " v.status, v.sha256, v.change_note, v.created_at, v.created_by, d.kind";

    private final Database database;
    private final JdbcAuditLog audit;
    private final Clock clock;
    private final CanonicalCodec codec;

    public JdbcDisclosures(Database database, JdbcAuditLog audit, Clock clock) {
        this(database, audit, clock, new CanonicalCodec());
    }

    public JdbcDisclosures(Database database, JdbcAuditLog audit, Clock clock, CanonicalCodec codec) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** How the audit log names a version of a budget. */
    public static String subject(long departmentId, int fiscalYear, int version) {
        return subject(DisclosureKind.BUDGET, departmentId, fiscalYear, version);
    }

    /** How the audit log names a version: {@code departments/12/final-accounts/2020/versions/1} for a 决算. */
    public static String subject(DisclosureKind kind, long departmentId, int fiscalYear, int version) {
        return "departments/" + departmentId + "/" + kind.subjectWord() + "/" + fiscalYear + "/versions/" + version;
    }

    @Override
    public VersionInfo saveVersion(long departmentId, int fiscalYear, Disclosure disclosure, String actor,
            String changeNote) {
        Objects.requireNonNull(disclosure, "disclosure");
        return saveVersion(departmentId, fiscalYear, codec.write(disclosure, CanonicalFormat.JSON), actor, changeNote);
    }

    @Override
    public VersionInfo saveVersion(long departmentId, int fiscalYear, String canonicalJson, String actor,
            String changeNote) {
        Objects.requireNonNull(canonicalJson, "canonicalJson");
        Objects.requireNonNull(actor, "actor");
        // the document says which of the year's disclosures it belongs to, its budget or its 决算
        DisclosureKind kind = DisclosureKind.of(codec.read(canonicalJson, "canonical JSON", CanonicalFormat.JSON)
                .document().kind());
        return database.inTransaction(c -> {
            long disclosureId = lockOrCreateDisclosure(c, departmentId, fiscalYear, kind);
            String previousDigest = null;
            int version = 1;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT version, sha256 FROM disclosure_versions WHERE disclosure_id = ? ORDER BY version DESC LIMIT 1")) {
                s.setLong(1, disclosureId);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        version = r.getInt(1) + 1;
                        previousDigest = r.getString(2);
                    }
                }
            }
            String digest = Digests.sha256(canonicalJson);
            Instant now = now();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO disclosure_versions"
                    + " (disclosure_id, version, status, canonical_json, sha256, change_note, created_at, created_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, disclosureId);
                s.setInt(2, version);
                s.setString(3, VersionStatus.DRAFT.code());
                s.setString(4, canonicalJson);
                s.setString(5, digest);
                s.setString(6, changeNote);
                s.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                s.setString(8, actor);
                s.executeUpdate();
            }
            StoredDisclosure stored = load(c, departmentId, fiscalYear, kind, version).orElseThrow();
            audit.append(c, actor, "save-version", stored.info().subject(), previousDigest, digest);
            return stored.info();
        });
    }

    @Override
    public VersionInfo updateVersion(long departmentId, int fiscalYear, int version, Disclosure disclosure,
            String actor, String changeNote) {
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(actor, "actor");
        String json = codec.write(disclosure, CanonicalFormat.JSON);
        DisclosureKind kind = DisclosureKind.of(disclosure.document().kind());
        return database.inTransaction(c -> {
            VersionInfo current = lockVersion(c, departmentId, fiscalYear, kind, version);
            requireNotPublished(current, "changed");
            String digest = Digests.sha256(json);
            try (PreparedStatement s = c.prepareStatement("UPDATE disclosure_versions"
                    + " SET canonical_json = ?, sha256 = ?, change_note = ? WHERE disclosure_id = ? AND version = ?")) {
                s.setString(1, json);
                s.setString(2, digest);
                s.setString(3, changeNote);
                s.setLong(4, current.disclosureId());
                s.setInt(5, version);
                s.executeUpdate();
            }
            StoredDisclosure stored = load(c, departmentId, fiscalYear, kind, version).orElseThrow();
            audit.append(c, actor, "update-version", current.subject(), current.sha256(), digest);
            return stored.info();
        });
    }

    @Override
    public VersionInfo changeStatus(long departmentId, int fiscalYear, int version, VersionStatus status,
            String actor) {
        return changeStatus(departmentId, fiscalYear, DisclosureKind.BUDGET, version, status, actor);
    }

    @Override
    public VersionInfo changeStatus(long departmentId, int fiscalYear, DisclosureKind kind, int version,
            VersionStatus status, String actor) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(actor, "actor");
        return database.inTransaction(c -> {
            VersionInfo current = lockVersion(c, departmentId, fiscalYear, kind, version);
            requireNotPublished(current, "moved to " + status.code());
            if (!current.status().next().contains(status)) {
                throw new IllegalStateException(describe(current) + " is " + current.status().code()
                        + " and cannot become " + status.code());
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE disclosure_versions SET status = ? WHERE disclosure_id = ? AND version = ?")) {
                s.setString(1, status.code());
                s.setLong(2, current.disclosureId());
                s.setInt(3, version);
                s.executeUpdate();
            }
            audit.append(c, actor, "status " + current.status().code() + " -> " + status.code(), current.subject(),
                    current.sha256(), current.sha256());
            return info(c, departmentId, fiscalYear, kind, version, false).orElseThrow();
        });
    }

    @Override
    public Optional<StoredDisclosure> latest(long departmentId, int fiscalYear, DisclosureKind kind) {
        return database.inTransaction(c -> {
            List<VersionInfo> all = versions(c, departmentId, fiscalYear, kind);
            return all.isEmpty()
                    ? Optional.empty()
                    : load(c, departmentId, fiscalYear, kind, all.get(all.size() - 1).version());
        });
    }

    @Override
    public Optional<StoredDisclosure> version(long departmentId, int fiscalYear, DisclosureKind kind, int version) {
        return database.inTransaction(c -> load(c, departmentId, fiscalYear, kind, version));
    }

    @Override
    public List<VersionInfo> versions(long departmentId, int fiscalYear, DisclosureKind kind) {
        return database.inTransaction(c -> versions(c, departmentId, fiscalYear, kind));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireNotPublished(VersionInfo version, String what) {
        if (version.status() == VersionStatus.PUBLISHED) {
            throw new IllegalStateException(describe(version) + " is published and cannot be " + what);
        }
    }

    private static String describe(VersionInfo v) {
        return "version " + v.version() + " of the " + v.fiscalYear()
                + (v.kind() == DisclosureKind.BUDGET ? " disclosure" : " final accounts") + " of department "
                + v.departmentId() + " (" + v.subject() + ")";
    }

    /** The disclosure row of the department and year, locked for this transaction; created if absent. */
    private static long lockOrCreateDisclosure(Connection c, long departmentId, int fiscalYear, DisclosureKind kind)
            throws SQLException {
        Optional<Long> id = lockDisclosure(c, departmentId, fiscalYear, kind);
        if (id.isPresent()) {
            return id.get();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO disclosures (department_id, fiscal_year, kind) VALUES (?, ?, ?)", new String[] {"id"})) {
            s.setLong(1, departmentId);
            s.setInt(2, fiscalYear);
            s.setString(3, kind.code());
            s.executeUpdate();
            return JdbcSupport.generatedId(s);
        }
    }

    private static Optional<Long> lockDisclosure(Connection c, long departmentId, int fiscalYear, DisclosureKind kind)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM disclosures WHERE department_id = ? AND fiscal_year = ? AND kind = ? FOR UPDATE")) {
            s.setLong(1, departmentId);
            s.setInt(2, fiscalYear);
            s.setString(3, kind.code());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    private static VersionInfo lockVersion(Connection c, long departmentId, int fiscalYear, DisclosureKind kind,
            int version) throws SQLException {
        return info(c, departmentId, fiscalYear, kind, version, true).orElseThrow(() -> new IllegalArgumentException(
                "no version " + version + " of the " + fiscalYear
                        + (kind == DisclosureKind.BUDGET ? " disclosure" : " final accounts") + " of department " + departmentId));
    }

    private static Optional<VersionInfo> info(Connection c, long departmentId, int fiscalYear, DisclosureKind kind,
            int version, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM disclosure_versions v JOIN disclosures d ON d.id = v.disclosure_id"
                + " WHERE d.department_id = ? AND d.fiscal_year = ? AND d.kind = ? AND v.version = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setLong(1, departmentId);
            s.setInt(2, fiscalYear);
            s.setString(3, kind.code());
            s.setInt(4, version);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(info(r)) : Optional.empty();
            }
        }
    }

    private static List<VersionInfo> versions(Connection c, long departmentId, int fiscalYear, DisclosureKind kind)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM disclosure_versions v JOIN disclosures d ON d.id = v.disclosure_id"
                + " WHERE d.department_id = ? AND d.fiscal_year = ? AND d.kind = ? ORDER BY v.version")) {
            s.setLong(1, departmentId);
            s.setInt(2, fiscalYear);
            s.setString(3, kind.code());
            List<VersionInfo> versions = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.add(info(r));
                }
            }
            return versions;
        }
    }

    /** Reads a version and binds its text; a text that does not bind, or does not match its digest or year, throws. */
    private Optional<StoredDisclosure> load(Connection c, long departmentId, int fiscalYear, DisclosureKind kind,
            int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + VERSION_COLUMNS + ", v.canonical_json"
                + " FROM disclosure_versions v JOIN disclosures d ON d.id = v.disclosure_id"
                + " WHERE d.department_id = ? AND d.fiscal_year = ? AND d.kind = ? AND v.version = ?")) {
            s.setLong(1, departmentId);
            s.setInt(2, fiscalYear);
            s.setString(3, kind.code());
            s.setInt(4, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                VersionInfo info = info(r);
                String json = r.getString("canonical_json");
                if (!Digests.sha256(json).equals(info.sha256())) {
                    throw new StoreException(describe(info) + ": stored text does not match its SHA-256");
                }
                Disclosure disclosure = codec.read(json, info.subject(), CanonicalFormat.JSON);
                if (disclosure.fiscalYear() != fiscalYear) {
                    throw new IllegalArgumentException(describe(info) + " holds a disclosure of fiscal year "
                            + disclosure.fiscalYear());
                }
                return Optional.of(new StoredDisclosure(info, json, disclosure));
            }
        }
    }

    private static VersionInfo info(ResultSet r) throws SQLException {
        return new VersionInfo(
                r.getLong("disclosure_id"),
                r.getLong("department_id"),
                r.getInt("fiscal_year"),
                r.getInt("version"),
                VersionStatus.ofCode(r.getString("status")),
                r.getString("sha256"),
                r.getString("change_note"),
                r.getObject("created_at", OffsetDateTime.class).toInstant(),
                r.getString("created_by"),
                DisclosureKind.ofCode(r.getString("kind")));
    }
}
