package org.gongkai.workflow;

import org.gongkai.lifecycle.StoredVersion;
import static org.gongkai.workflow.DisclosureRows.*;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.DocumentDates;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.DisclosureView;
import org.gongkai.workflow.Workflow.Rendered;

/**
 * Publishing: the approved version is dated and rendered into every file once, kept with its
 * SHA-256; and a disclosure published elsewhere is loaded as published.
 */
final class Publishing extends UseCase {

    Publishing(Database database, JdbcAuditLog audit, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        super(database, audit, codec, checks, renderer, clock);
    }

    /**
     * Publishes the approved version: its document gets its publication day, and every file is
     * rendered once from that document and kept with its SHA-256.
     */
    public DisclosureView publish(Actor actor, long id) {
        // The files are rendered before the transaction that stores them: rendering takes seconds, and
        // a transaction holding a connection and the disclosure's lock that long starved every other
        // write (issue 14: two dozen publications at once emptied the pool, and writes failed with 500).
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredVersion approved = database.inTransaction(c -> {
            StoredVersion head = disclosures.latest(id);
            gates.requireReviewer(actor, head.departmentId(), id);
            head.lifecycle().publish(at);
            return head;
        });
        Lifecycle.Transition publication = approved.lifecycle().publish(at);
        Disclosure dated = DocumentDates.stamp(approved.disclosure(codec), publication.after());
        List<Rendered> files = renderer.apply(dated);
        String json = codec.write(dated, CanonicalFormat.JSON);
        List<Finding> findings = checks.apply(dated);
        return database.inTransaction(c -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requireReviewer(actor, head.departmentId(), id);
            Lifecycle.Transition now = head.lifecycle().publish(at);
            if (head.version() != approved.version() || !head.sha256().equals(approved.sha256())) {
                throw WorkflowException.conflict("version " + approved.version()
                        + " changed while it was being published (发布期间版本已变更)");
            }
            disclosures.record(head, now, new Disclosures.Revision(json, findings), actor);
            storeFiles(c, id, head, files, actor);
            return view(id);
        });
    }

    /**
     * Loads a disclosure that was published elsewhere as published here, without the gates of the
     * workflow (it is already public); only the system or an administrator may.
     */
    public DisclosureView loadPublished(Actor actor, String departmentKey, Disclosure disclosure, String note) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden("only an administrator loads published disclosures");
        }
        String json = codec.write(disclosure, CanonicalFormat.JSON);
        List<Finding> findings = checks.apply(disclosure);
        List<Rendered> files = renderer.apply(disclosure);
        return database.inTransaction(c -> {
            long departmentId = Directory.departmentIdByKey(c, departmentKey).orElseThrow(
                    () -> WorkflowException.invalid("/department", "no department " + departmentKey));
            lockDepartment(c, departmentId);
            int year = disclosure.document().fiscalYear();
            DisclosureKind kind = DisclosureKind.of(disclosure.document().kind());
            if (disclosureId(c, departmentId, year, kind).isPresent()) {
                throw WorkflowException.conflict(departmentKey + " already has " + describe(kind) + " for " + year);
            }
            long id = insertDisclosure(c, departmentId, year, kind);
            Lifecycle loaded = Lifecycle.loadedAsPublished(kind, year, disclosure.document().approvedOn(), now().toInstant());
            insertVersion(c, id, 1, loaded.status(), json, note, actor, findings);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE disclosures SET approved_on = ?, published_at = ? WHERE id = ?")) {
                s.setObject(1, loaded.approvedOn());
                s.setObject(2, now());
                s.setLong(3, id);
                s.executeUpdate();
            }
            StoredVersion head = disclosures.latest(id);
            storeFiles(c, id, head, files, actor);
            event(id, 1, "publish", note, actor);
            audit.append(c, actor.username(), "load-published", subject(c, id, 1), null, Digests.sha256(json));
            return view(id);
        });
    }
}
