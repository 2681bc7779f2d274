package org.gongkai.workflow;

import static org.gongkai.workflow.DisclosureRows.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DocumentDates;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.LifecycleEvent;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.Rendered;

/**
 * What every use case of the workflow shares: the database and the audit log, the codec and the rule
 * catalogue, the clock, and the writes of a lifecycle step (the version's status and content, the
 * disclosure's dates, the event, the audit entry), so that there is one way to write them.
 */
abstract class UseCase {

    final Database database;
    final JdbcAuditLog audit;
    final CanonicalCodec codec;
    final Function<Disclosure, List<Finding>> checks;
    final Function<Disclosure, List<Rendered>> renderer;
    final Clock clock;

    UseCase(Database database, JdbcAuditLog audit, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Disclosure bind(String json, String name) {
        if (json == null || json.isBlank()) {
            throw WorkflowException.invalid("/", "the request has no disclosure (缺少公开文档)");
        }
        return codec.read(json, name, CanonicalFormat.JSON);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Workflow.ZONE);
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    void insertVersion(Connection c, long id, int version, VersionStatus status, String json, String note,
            Actor actor, List<Finding> findings) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO disclosure_versions (disclosure_id, version, status,"
                + " canonical_json, sha256, change_note, created_at, created_by, errors, warnings, infos, title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, status.code());
            s.setString(4, json);
            s.setString(5, Digests.sha256(json));
            s.setString(6, note);
            s.setObject(7, now());
            s.setString(8, actor.username());
            setCounts(s, 9, findings);
            s.setString(12, FieldLength.atMost("/document/title", titleOf(json), 1000));
            s.executeUpdate();
        }
    }

    void event(Connection c, long id, int version, String action, String comment, Actor actor)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO workflow_events (disclosure_id, version, action,"
                + " comment, actor, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, action);
            s.setString(4, comment);
            s.setString(5, actor.username());
            s.setObject(6, now());
            s.executeUpdate();
        }
    }

    /** Writes a step of the lifecycle: the version's status, the disclosure's dates, the event and the audit entry. */
    void record(Connection c, long id, Head head, Lifecycle.Transition step, Actor actor) throws SQLException {
        if (step.after().approvedOn() != null && !step.after().approvedOn().equals(head.approvedOn)) {
            // the approval date is the document's: the version's content carries it
            Disclosure dated = DocumentDates.stamp(head.disclosure(codec), step.after());
            record(c, id, head, step, codec.write(dated, CanonicalFormat.JSON), checks.apply(dated), actor);
            return;
        }
        record(c, id, head, step, null, null, actor);
    }

    /** As above, with the version's new content ({@code json} null: unchanged). */
    void record(Connection c, long id, Head head, Lifecycle.Transition step, String json,
            List<Finding> findings, Actor actor) throws SQLException {
        Lifecycle after = step.after();
        String digest = json == null ? head.sha256 : Digests.sha256(json);
        try (PreparedStatement s = c.prepareStatement(json == null
                ? "UPDATE disclosure_versions SET status = ? WHERE disclosure_id = ? AND version = ?"
                : "UPDATE disclosure_versions SET status = ?, canonical_json = ?, sha256 = ?, errors = ?, warnings = ?,"
                        + " infos = ? WHERE disclosure_id = ? AND version = ?")) {
            int p = 1;
            s.setString(p++, after.status().code());
            if (json != null) {
                s.setString(p++, json);
                s.setString(p++, digest);
                setCounts(s, p, findings);
                p += 3;
            }
            s.setLong(p++, id);
            s.setInt(p, head.version);
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
        event(c, id, event.version(), event.action(), event.comment(), actor);
        audit.append(c, actor.username(), event.auditAction(), subject(c, id, head.version), head.sha256, digest);
    }

    void storeFiles(Connection c, long id, Head head, List<Rendered> files, Actor actor) throws SQLException {
        List<String> digests = new ArrayList<>();
        for (Rendered f : files) {
            String sha = Digests.sha256(f.bytes());
            digests.add(sha);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO published_files (disclosure_id, version, format,"
                    + " file_name, media_type, size_bytes, sha256, content_base64, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setInt(2, head.version);
                s.setString(3, f.format());
                s.setString(4, f.fileName());
                s.setString(5, f.mediaType());
                s.setLong(6, f.bytes().length);
                s.setString(7, sha);
                s.setString(8, Base64.getEncoder().encodeToString(f.bytes()));
                s.setObject(9, now());
                s.executeUpdate();
            }
        }
        // the audit entries after every file is written: the log's turn is held only for the appends
        for (int i = 0; i < files.size(); i++) {
            String format = files.get(i).format();
            audit.append(c, actor.username(), "publish-file " + format, subject(c, id, head.version) + "/files/" + format,
                    null, digests.get(i));
        }
    }
}
