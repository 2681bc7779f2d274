package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.LifecycleEvent;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;

/**
 * The disclosures in the tables {@code disclosures}, {@code disclosure_versions},
 * {@code acknowledgements} and {@code workflow_events}, on the connection of the transaction running
 * ({@link Database#connection()}). Every read of a version checks its content against its SHA-256;
 * every step of a lifecycle is written here, with its event and its audit entry.
 */
final class JdbcDisclosures implements Disclosures {

    private final Database database;
    private final JdbcAuditLog audit;
    private final Clock clock;

    JdbcDisclosures(Database database, JdbcAuditLog audit, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Long> find(long departmentId, int fiscalYear, DisclosureKind kind) {
        return Rows.unchecked(() -> Rows.first(database.connection(), "SELECT id FROM disclosures"
                + " WHERE department_id = ? AND fiscal_year = ? AND kind = ?", r -> r.getLong(1), departmentId,
                fiscalYear, kind.code()));
    }

    @Override
    public long start(long departmentId, Lifecycle started, Revision content, Origin origin, Actor actor) {
        return Rows.unchecked(() -> {
            Connection c = database.connection();
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO disclosures (department_id, fiscal_year, kind,"
                    + " approved_on, published_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                s.setLong(1, departmentId);
                s.setInt(2, started.fiscalYear());
                s.setString(3, started.kind().code());
                s.setObject(4, started.approvedOn());
                s.setObject(5, started.firstPublishedAt() == null ? null
                        : OffsetDateTime.ofInstant(started.firstPublishedAt(), ZoneOffset.UTC));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertVersion(c, id, started.version(), started.status(), content, origin.note(), actor);
            event(id, started.version(), origin.action(), origin.note(), actor);
            audit.append(c, actor.username(), origin.auditAction(), DisclosureRows.subject(c, id, started.version()),
                    origin.madeFromSha256(), Digests.sha256(content.json()));
            return id;
        });
    }

    @Override
    public void save(StoredVersion before, Lifecycle.Transition edit, Revision content, Actor actor) {
        Rows.unchecked(() -> {
            Connection c = database.connection();
            String digest = Digests.sha256(content.json());
            try (PreparedStatement s = c.prepareStatement("UPDATE disclosure_versions SET canonical_json = ?,"
                    + " sha256 = ?, status = ?, errors = ?, warnings = ?, infos = ?, updated_at = ?, updated_by = ?,"
                    + " title = ? WHERE disclosure_id = ? AND version = ?")) {
                s.setString(1, content.json());
                s.setString(2, digest);
                s.setString(3, edit.after().status().code());
                DisclosureRows.setCounts(s, 4, content.findings());
                s.setObject(7, now());
                s.setString(8, actor.username());
                s.setString(9, FieldLength.atMost("/document/title", DocumentTitle.of(content.json()), 1000));
                s.setLong(10, before.disclosureId());
                s.setInt(11, before.version());
                s.executeUpdate();
            }
            audit.append(c, actor.username(), "save", DisclosureRows.subject(c, before.disclosureId(), before.version()),
                    before.sha256(), digest);
            return null;
        });
    }

    @Override
    public void addVersion(StoredVersion before, Lifecycle.Transition step, Revision content, Actor actor) {
        Rows.unchecked(() -> {
            Connection c = database.connection();
            long id = before.disclosureId();
            LifecycleEvent event = step.event();
            insertVersion(c, id, event.version(), step.after().status(), content, event.comment(), actor);
            event(id, event.version(), event.action(), event.comment(), actor);
            audit.append(c, actor.username(), event.auditAction(), DisclosureRows.subject(c, id, event.version()),
                    before.sha256(), Digests.sha256(content.json()));
            return null;
        });
    }

    @Override
    public void acknowledge(StoredVersion version, List<Answer> answers, Actor actor) {
        Rows.unchecked(() -> {
            Connection c = database.connection();
            long id = version.disclosureId();
            for (Answer a : answers) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM acknowledgements"
                        + " WHERE disclosure_id = ? AND version = ? AND rule_id = ? AND path = ?")) {
                    s.setLong(1, id);
                    s.setInt(2, version.version());
                    s.setString(3, a.rule());
                    s.setString(4, a.path());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO acknowledgements (disclosure_id, version,"
                        + " rule_id, path, reason, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setInt(2, version.version());
                    s.setString(3, a.rule());
                    s.setString(4, a.path());
                    s.setString(5, a.reason().strip());
                    s.setString(6, actor.username());
                    s.setObject(7, now());
                    s.executeUpdate();
                }
                audit.append(c, actor.username(), "acknowledge " + a.rule() + " " + a.path(),
                        DisclosureRows.subject(c, id, version.version()), version.sha256(), version.sha256());
            }
            return null;
        });
    }

    @Override
    public void keepFiles(StoredVersion version, List<PublishedFile> files, Actor actor) {
        Rows.unchecked(() -> {
            Connection c = database.connection();
            long id = version.disclosureId();
            List<String> digests = FileRows.insert(c, id, version.version(), files, now());
            // the audit entries after every file is written: the log's turn is held only for the appends
            String subject = DisclosureRows.subject(c, id, version.version());
            for (int i = 0; i < files.size(); i++) {
                String format = files.get(i).format();
                audit.append(c, actor.username(), "publish-file " + format, subject + "/files/" + format, null,
                        digests.get(i));
            }
            return null;
        });
    }

    private void insertVersion(Connection c, long id, int version, VersionStatus status, Revision content, String note,
            Actor actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO disclosure_versions (disclosure_id, version, status,"
                + " canonical_json, sha256, change_note, created_at, created_by, errors, warnings, infos, title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, status.code());
            s.setString(4, content.json());
            s.setString(5, Digests.sha256(content.json()));
            s.setString(6, note);
            s.setObject(7, now());
            s.setString(8, actor.username());
            DisclosureRows.setCounts(s, 9, content.findings());
            s.setString(12, FieldLength.atMost("/document/title", DocumentTitle.of(content.json()), 1000));
            s.executeUpdate();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    @Override
    public StoredVersion lockLatest(long id) {
        return Rows.unchecked(() -> {
            Rows.one(database.connection(), "SELECT id FROM disclosures WHERE id = ? FOR UPDATE", () -> notFound(id),
                    r -> r.getLong(1), id);
            return latest(id);
        });
    }

    @Override
    public StoredVersion latest(long id) {
        return head(id, VersionRows.LATEST).orElseThrow(() -> notFound(id));
    }

    @Override
    public Optional<StoredVersion> version(long id, int version) {
        return head(id, "v.version = ?", version);
    }

    @Override
    public Optional<StoredVersion> latestPublished(long id) {
        return head(id, VersionRows.LATEST_PUBLISHED);
    }

    @Override
    public Optional<Integer> latestPublishedVersion(long id) {
        return Rows.unchecked(() -> Rows.first(database.connection(), "SELECT MAX(version) FROM disclosure_versions"
                + " WHERE disclosure_id = ? AND status = 'published'", r -> DisclosureRows.integer(r, 1), id));
    }

    @Override
    public long departmentOf(long id) {
        return Rows.unchecked(() -> Rows.one(database.connection(), "SELECT department_id FROM disclosures WHERE id = ?",
                () -> notFound(id), r -> r.getLong(1), id));
    }

    @Override
    public Set<String> acknowledged(long id, int version) {
        return Rows.unchecked(() -> {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement s = database.connection().prepareStatement(
                    "SELECT rule_id, path FROM acknowledgements WHERE disclosure_id = ? AND version = ?")) {
                s.setLong(1, id);
                s.setInt(2, version);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.add(Drafts.key(r.getString(1), r.getString(2)));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public void record(StoredVersion before, Lifecycle.Transition step, Revision revision, Actor actor) {
        Rows.unchecked(() -> {
            Connection c = database.connection();
            long id = before.disclosureId();
            Lifecycle after = step.after();
            String digest = revision == null ? before.sha256() : Digests.sha256(revision.json());
            try (PreparedStatement s = c.prepareStatement(revision == null
                    ? "UPDATE disclosure_versions SET status = ? WHERE disclosure_id = ? AND version = ?"
                    : "UPDATE disclosure_versions SET status = ?, canonical_json = ?, sha256 = ?, errors = ?,"
                            + " warnings = ?, infos = ? WHERE disclosure_id = ? AND version = ?")) {
                int p = 1;
                s.setString(p++, after.status().code());
                if (revision != null) {
                    s.setString(p++, revision.json());
                    s.setString(p++, digest);
                    DisclosureRows.setCounts(s, p, revision.findings());
                    p += 3;
                }
                s.setLong(p++, id);
                s.setInt(p, before.version());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE disclosures SET approved_on = ?, published_at = ? WHERE id = ?")) {
                s.setObject(1, after.approvedOn());
                s.setObject(2, after.firstPublishedAt() == null ? null
                        : OffsetDateTime.ofInstant(after.firstPublishedAt(), ZoneOffset.UTC));
                s.setLong(3, id);
                s.executeUpdate();
            }
            LifecycleEvent event = step.event();
            event(id, event.version(), event.action(), event.comment(), actor);
            audit.append(c, actor.username(), event.auditAction(), DisclosureRows.subject(c, id, before.version()),
                    before.sha256(), digest);
            return null;
        });
    }

    /** Appends a step to the disclosure's history (workflow_events). */
    void event(long id, int version, String action, String comment, Actor actor) {
        Rows.unchecked(() -> {
            try (PreparedStatement s = database.connection().prepareStatement("INSERT INTO workflow_events"
                    + " (disclosure_id, version, action, comment, actor, at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setInt(2, version);
                s.setString(3, action);
                s.setString(4, comment);
                s.setString(5, actor.username());
                s.setObject(6, now());
                s.executeUpdate();
            }
            return null;
        });
    }

    private Optional<StoredVersion> head(long id, String condition, Object... parameters) {
        return Rows.unchecked(() -> VersionRows.read(database.connection(), id, condition, parameters));
    }

    private static WorkflowException notFound(long id) {
        return WorkflowException.notFound("no disclosure " + id);
    }
}
