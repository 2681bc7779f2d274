package org.gongkai.workflow;

import org.gongkai.lifecycle.StoredVersion;
import static org.gongkai.workflow.Drafts.describe;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.DocumentDates;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.DisclosureView;
import org.gongkai.workflow.Workflow.Rendered;

/**
 * Publishing: the approved version is dated and rendered into every file once, kept with its
 * SHA-256; and a disclosure published elsewhere is loaded as published.
 */
final class Publishing extends UseCase {

    Publishing(Repositories repositories, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        super(repositories, codec, checks, renderer, clock);
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
        StoredVersion approved = transactions.inTransaction(() -> {
            StoredVersion head = disclosures.latest(id);
            gates.requireReviewer(actor, head.departmentId(), id);
            head.lifecycle().publish(at);
            return head;
        });
        Lifecycle.Transition publication = approved.lifecycle().publish(at);
        Disclosure dated = DocumentDates.stamp(approved.disclosure(codec), publication.after());
        List<Disclosures.PublishedFile> files = files(dated);
        Disclosures.Revision content = revision(dated);
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requireReviewer(actor, head.departmentId(), id);
            Lifecycle.Transition now = head.lifecycle().publish(at);
            if (head.version() != approved.version() || !head.sha256().equals(approved.sha256())) {
                throw WorkflowException.conflict("version " + approved.version()
                        + " changed while it was being published (发布期间版本已变更)");
            }
            disclosures.record(head, now, content, actor);
            disclosures.keepFiles(head, files, actor);
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
        Disclosures.Revision content = revision(disclosure);
        List<Disclosures.PublishedFile> files = files(disclosure);
        return transactions.inTransaction(() -> {
            long departmentId = department(departmentKey);
            departments.lock(departmentId);
            int year = disclosure.document().fiscalYear();
            DisclosureKind kind = DisclosureKind.of(disclosure.document().kind());
            if (disclosures.find(departmentId, year, kind).isPresent()) {
                throw WorkflowException.conflict(departmentKey + " already has " + describe(kind) + " for " + year);
            }
            Lifecycle loaded = Lifecycle.loadedAsPublished(kind, year, disclosure.document().approvedOn(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            long id = disclosures.start(departmentId, loaded, content,
                    new Disclosures.Origin("publish", "load-published", note, null), actor);
            disclosures.keepFiles(disclosures.latest(id), files, actor);
            return view(id);
        });
    }

    /** Every file of the disclosure, rendered once. */
    private List<Disclosures.PublishedFile> files(Disclosure disclosure) {
        return renderer.apply(disclosure).stream()
                .map(f -> new Disclosures.PublishedFile(f.format(), f.fileName(), f.mediaType(), f.bytes())).toList();
    }
}
