package org.gongkai.workflow;

import org.gongkai.lifecycle.StoredVersion;
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
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.DisclosureView;
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
    final JdbcDisclosures disclosures;
    final Gates gates;
    final DisclosureViews views;
    final Steps steps;

    UseCase(Database database, JdbcAuditLog audit, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.disclosures = new JdbcDisclosures(database, audit, clock);
        this.gates = new Gates(new JdbcPlacements(database), disclosures);
        this.views = new JdbcDisclosureViews(database);
        this.steps = new Steps(disclosures, codec, checks);
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
            s.setString(12, FieldLength.atMost("/document/title", DocumentTitle.of(json), 1000));
            s.executeUpdate();
        }
    }

    void event(long id, int version, String action, String comment, Actor actor) {
        disclosures.event(id, version, action, comment, actor);
    }

    /** Writes a step of the lifecycle: see {@link Steps}. */
    void record(StoredVersion head, Lifecycle.Transition step, Actor actor) {
        steps.record(head, step, actor);
    }

    /** The disclosure as its latest version presents it. */
    DisclosureView view(long id) {
        return views.of(disclosures.latest(id));
    }

    void storeFiles(Connection c, long id, StoredVersion head, List<Rendered> files, Actor actor) throws SQLException {
        List<String> digests = new ArrayList<>();
        for (Rendered f : files) {
            String sha = Digests.sha256(f.bytes());
            digests.add(sha);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO published_files (disclosure_id, version, format,"
                    + " file_name, media_type, size_bytes, sha256, content_base64, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setInt(2, head.version());
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
            audit.append(c, actor.username(), "publish-file " + format, subject(c, id, head.version()) + "/files/" + format,
                    null, digests.get(i));
        }
    }
}
