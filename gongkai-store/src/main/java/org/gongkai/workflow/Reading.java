package org.gongkai.workflow;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Caches;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.Acknowledgement;
import org.gongkai.workflow.Workflow.Checked;
import org.gongkai.workflow.Workflow.DisclosureView;
import org.gongkai.workflow.Workflow.Document;
import org.gongkai.workflow.Workflow.EventView;
import org.gongkai.workflow.Workflow.FileContent;
import org.gongkai.workflow.Workflow.FileView;
import org.gongkai.workflow.Workflow.Rendered;
import org.gongkai.workflow.Workflow.VersionView;

/**
 * Reading a disclosure as the asker may: insiders see every version, everyone else the published
 * ones. Published versions and files never change, so they are kept in caches bounded by bytes.
 */
final class Reading extends UseCase {

    /** Published files once read: they never change, so any node may keep them. */
    private final Cache<String, FileContent> files = Caches.byBytes(64L << 20, f -> f.bytes().length + 256);
    /** Published versions' content once read, by disclosure and version (a Java string: two bytes a char). */
    private final Cache<String, StoredVersion> publishedHeads = Caches.byBytes(32L << 20, h -> h.json().length() * 2 + 256);
    private final History history;

    Reading(Repositories repositories, History history, CanonicalCodec codec,
            Function<Disclosure, List<Finding>> checks, Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        super(repositories, codec, checks, renderer, clock);
        this.history = Objects.requireNonNull(history, "history");
    }

    public DisclosureView view(Actor actor, long id) {
        return transactions.inTransaction(() -> {
            gates.requireVisible(actor, id);
            if (actor.isPublic() || !gates.canSeeDrafts(actor, disclosures.departmentOf(id))) {
                return views.of(disclosures.latestPublished(id)
                        .orElseThrow(() -> WorkflowException.notFound("no disclosure " + id)));
            }
            return view(id);
        });
    }

    /** A version's canonical JSON: the latest the asker may see, or the one asked for. */
    public Document document(Actor actor, long id, Integer version) {
        return transactions.inTransaction(() -> {
            boolean insider = gates.canSeeDrafts(actor, disclosures.departmentOf(id));
            StoredVersion head;
            if (version != null) {
                head = disclosures.version(id, version).orElseThrow(() -> WorkflowException.notFound("no version " + version));
                if (!insider && head.status() != VersionStatus.PUBLISHED) {
                    throw WorkflowException.notFound("no version " + version);
                }
            } else if (insider) {
                head = disclosures.latest(id);
            } else {
                int published = disclosures.latestPublishedVersion(id)
                        .orElseThrow(() -> WorkflowException.notFound("no disclosure " + id));
                head = publishedHead(id, published);
            }
            StoredVersion shown = insider || version == null ? head
                    : publishedHead(id, disclosures.latestPublishedVersion(id).orElseThrow());
            return new Document(views.of(shown), head.version(), head.status().code(), head.json(), head.etag());
        });
    }

    /** What the rule catalogue says of the latest version the asker may see. */
    public Checked findings(Actor actor, long id) {
        Document document = document(actor, id, null);
        Disclosure disclosure = bind(document.json(), "stored version " + document.version());
        Set<String> acknowledged = transactions.inTransaction(() -> disclosures.acknowledged(id, document.version()));
        return new Checked(document.disclosure(), checks.apply(disclosure), acknowledged);
    }

    public List<Acknowledgement> acknowledgements(Actor actor, long id) {
        return transactions.inTransaction(() -> {
            gates.requireInsider(actor, id);
            return history.acknowledgements(id, disclosures.latest(id).version());
        });
    }

    /** Every version for insiders; the published ones, with their change notes, for everyone else. */
    public List<VersionView> versions(Actor actor, long id) {
        return transactions.inTransaction(() -> {
            gates.requireVisible(actor, id);
            boolean insider = gates.canSeeDrafts(actor, disclosures.departmentOf(id));
            return history.versions(id).stream()
                    .filter(v -> insider || VersionStatus.PUBLISHED.code().equals(v.status())).toList();
        });
    }

    /** The workflow steps with their comments (insiders); the public sees publications and corrections. */
    public List<EventView> events(Actor actor, long id) {
        return transactions.inTransaction(() -> {
            gates.requireVisible(actor, id);
            boolean insider = gates.canSeeDrafts(actor, disclosures.departmentOf(id));
            return history.events(id).stream().filter(e -> insider || e.action().equals("publish")).toList();
        });
    }

    /** The files of a published version (the latest published when {@code version} is null). */
    public List<FileView> files(Actor actor, long id, Integer version) {
        return transactions.inTransaction(() -> {
            gates.requireVisible(actor, id);
            int v = version != null ? version
                    : disclosures.latestPublishedVersion(id).orElseThrow(() -> WorkflowException.notFound("not published"));
            List<FileView> out = history.files(id, v);
            if (out.isEmpty()) {
                throw WorkflowException.notFound("version " + v + " has no published files");
            }
            return out;
        });
    }

    /**
     * A published file. Files exist for published versions only, so anyone may have them; a
     * published file never changes, so it is kept in a small cache once read.
     */
    public FileContent file(Actor actor, long id, Integer version, String format) {
        String wanted = format.toLowerCase(Locale.ROOT);
        // a published file never changes: no transaction is needed to read it
        return transactions.reading(() -> {
            int v = version != null ? version : disclosures.latestPublishedVersion(id)
                    .orElseThrow(() -> WorkflowException.notFound("no published disclosure " + id));
            String key = id + "/" + v + "/" + wanted;
            FileContent cached = files.getIfPresent(key);
            if (cached != null) {
                return cached;
            }
            FileContent content = history.file(id, v, wanted)
                    .orElseThrow(() -> WorkflowException.notFound("no " + format + " file of version " + v));
            files.put(key, content);
            return content;
        });
    }

    /** A published version's head: it never changes, so it is read once (and its digest checked then). */
    private StoredVersion publishedHead(long id, int version) {
        String key = id + "/" + version;
        StoredVersion kept = publishedHeads.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        StoredVersion head = disclosures.version(id, version).orElseThrow(() -> WorkflowException.notFound("no version " + version));
        if (head.status() == VersionStatus.PUBLISHED) {
            publishedHeads.put(key, head);
        }
        return head;
    }
}
