package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
import org.gongkai.workflow.DisclosureRows.Counts;

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
            long id = Rows.insert(c, "INSERT INTO disclosures (department_id, fiscal_year, kind, approved_on,"
                    + " published_at) VALUES (?, ?, ?, ?, ?)", departmentId, started.fiscalYear(), started.kind().code(),
                    started.approvedOn(), utc(started.firstPublishedAt()));
            insertVersion(c, id, started.version(), started.status(), content, origin.note(), actor);
            event(id, started.version(), origin.action(), origin.note(), actor);
            audit.append(c, actor.username(), origin.auditAction(), DisclosureRows.subject(c, id, started.version()),
                    origin.madeFromSha256(), Digests.sha256(content.json()));
            return id;
        });
    }

    @Override
    public void save(StoredVersion before, Lifecycle.Transition edit, Revision content, Actor actor) {
        Rows.writing(database.connection(), c -> {
            String digest = Digests.sha256(content.json());
            Counts counts = Counts.of(content.findings());
            Rows.update(c, "UPDATE disclosure_versions SET canonical_json = ?, sha256 = ?, status = ?, errors = ?,"
                    + " warnings = ?, infos = ?, updated_at = ?, updated_by = ?, title = ?"
                    + " WHERE disclosure_id = ? AND version = ?", content.json(), digest, edit.after().status().code(),
                    counts.errors(), counts.warnings(), counts.infos(), now(), actor.username(), title(content),
                    before.disclosureId(), before.version());
            audit.append(c, actor.username(), "save", DisclosureRows.subject(c, before.disclosureId(), before.version()),
                    before.sha256(), digest);
        });
    }

    @Override
    public void addVersion(StoredVersion before, Lifecycle.Transition step, Revision content, Actor actor) {
        Rows.writing(database.connection(), c -> {
            long id = before.disclosureId();
            LifecycleEvent event = step.event();
            insertVersion(c, id, event.version(), step.after().status(), content, event.comment(), actor);
            event(id, event.version(), event.action(), event.comment(), actor);
            audit.append(c, actor.username(), event.auditAction(), DisclosureRows.subject(c, id, event.version()),
                    before.sha256(), Digests.sha256(content.json()));
        });
    }

    @Override
    public void acknowledge(StoredVersion version, List<Answer> answers, Actor actor) {
        Rows.writing(database.connection(), c -> {
            long id = version.disclosureId();
            for (Answer a : answers) {
                Rows.update(c, "DELETE FROM acknowledgements WHERE disclosure_id = ? AND version = ? AND rule_id = ?"
                        + " AND path = ?", id, version.version(), a.rule(), a.path());
                Rows.update(c, "INSERT INTO acknowledgements (disclosure_id, version, rule_id, path, reason,"
                        + " acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, version.version(),
                        a.rule(), a.path(), a.reason().strip(), actor.username(), now());
                audit.append(c, actor.username(), "acknowledge " + a.rule() + " " + a.path(),
                        DisclosureRows.subject(c, id, version.version()), version.sha256(), version.sha256());
            }
        });
    }

    @Override
    public void keepFiles(StoredVersion version, List<PublishedFile> files, Actor actor) {
        Rows.writing(database.connection(), c -> {
            long id = version.disclosureId();
            List<String> digests = FileRows.insert(c, id, version.version(), files, now());
            // the audit entries after every file is written: the log's turn is held only for the appends
            String subject = DisclosureRows.subject(c, id, version.version());
            for (int i = 0; i < files.size(); i++) {
                String format = files.get(i).format();
                audit.append(c, actor.username(), "publish-file " + format, subject + "/files/" + format, null,
                        digests.get(i));
            }
        });
    }

    private void insertVersion(Connection c, long id, int version, VersionStatus status, Revision content, String note,
            Actor actor) throws SQLException {
        Counts counts = Counts.of(content.findings());
        Rows.update(c, "INSERT INTO disclosure_versions (disclosure_id, version, status, canonical_json, sha256,"
                + " change_note, created_at, created_by, errors, warnings, infos, title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, version, status.code(), content.json(),
                Digests.sha256(content.json()), note, now(), actor.username(), counts.errors(), counts.warnings(),
                counts.infos(), title(content));
    }

    /** The document's title as the listings show it, refused when longer than its column. */
    private static String title(Revision content) {
        return FieldLength.atMost("/document/title", DocumentTitle.of(content.json()), 1000);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
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
        return Rows.unchecked(() -> new HashSet<>(Rows.all(database.connection(), "SELECT rule_id, path"
                + " FROM acknowledgements WHERE disclosure_id = ? AND version = ?",
                r -> Drafts.key(r.getString(1), r.getString(2)), id, version)));
    }

    @Override
    public void record(StoredVersion before, Lifecycle.Transition step, Revision revision, Actor actor) {
        Rows.writing(database.connection(), c -> {
            long id = before.disclosureId();
            Lifecycle after = step.after();
            String digest = revision == null ? before.sha256() : Digests.sha256(revision.json());
            if (revision == null) {
                Rows.update(c, "UPDATE disclosure_versions SET status = ? WHERE disclosure_id = ? AND version = ?",
                        after.status().code(), id, before.version());
            } else {
                Counts counts = Counts.of(revision.findings());
                Rows.update(c, "UPDATE disclosure_versions SET status = ?, canonical_json = ?, sha256 = ?, errors = ?,"
                        + " warnings = ?, infos = ? WHERE disclosure_id = ? AND version = ?", after.status().code(),
                        revision.json(), digest, counts.errors(), counts.warnings(), counts.infos(), id,
                        before.version());
            }
            Rows.update(c, "UPDATE disclosures SET approved_on = ?, published_at = ? WHERE id = ?", after.approvedOn(),
                    utc(after.firstPublishedAt()), id);
            LifecycleEvent event = step.event();
            event(id, event.version(), event.action(), event.comment(), actor);
            audit.append(c, actor.username(), event.auditAction(), DisclosureRows.subject(c, id, before.version()),
                    before.sha256(), digest);
        });
    }

    /** Appends a step to the disclosure's history (workflow_events). */
    void event(long id, int version, String action, String comment, Actor actor) {
        Rows.unchecked(() -> Rows.update(database.connection(), "INSERT INTO workflow_events (disclosure_id, version,"
                + " action, comment, actor, at) VALUES (?, ?, ?, ?, ?, ?)", id, version, action, comment,
                actor.username(), now()));
    }

    private Optional<StoredVersion> head(long id, String condition, Object... parameters) {
        return Rows.unchecked(() -> VersionRows.read(database.connection(), id, condition, parameters));
    }

    private static WorkflowException notFound(long id) {
        return WorkflowException.notFound("no disclosure " + id);
    }
}
