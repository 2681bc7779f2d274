package org.gongkai.workflow;

import org.gongkai.lifecycle.StoredVersion;
import static org.gongkai.workflow.DisclosureRows.*;

import com.github.benmanes.caffeine.cache.Cache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Caches;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
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

    /** Versions, events, files and acknowledgements are read here with statements of their own. */
    private final Database database;

    Reading(Repositories repositories, Database database, CanonicalCodec codec,
            Function<Disclosure, List<Finding>> checks, Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        super(repositories, codec, checks, renderer, clock);
        this.database = Objects.requireNonNull(database, "database");
    }

    // ---------------------------------------------------------------- reading
    public DisclosureView view(Actor actor, long id) {
        return database.inTransaction(c -> {
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
        return database.inTransaction(c -> {
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
                head = publishedHead(c, id, published);
            }
            StoredVersion shown = insider || version == null ? head
                    : publishedHead(c, id, disclosures.latestPublishedVersion(id).orElseThrow());
            return new Document(views.of(shown), head.version(), head.status().code(), head.json(), head.etag());
        });
    }

    /** What the rule catalogue says of the latest version the asker may see. */
    public Checked findings(Actor actor, long id) {
        Document document = document(actor, id, null);
        Disclosure disclosure = bind(document.json(), "stored version " + document.version());
        Set<String> acknowledged = database.inTransaction(c -> disclosures.acknowledged(id, document.version()));
        return new Checked(document.disclosure(), checks.apply(disclosure), acknowledged);
    }

    public List<Acknowledgement> acknowledgements(Actor actor, long id) {
        return database.inTransaction(c -> {
            gates.requireInsider(actor, id);
            StoredVersion head = disclosures.latest(id);
            List<Acknowledgement> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT rule_id, path, reason, acknowledged_by, acknowledged_at"
                    + " FROM acknowledgements WHERE disclosure_id = ? AND version = ? ORDER BY id")) {
                s.setLong(1, id);
                s.setInt(2, head.version());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Acknowledgement(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** Every version for insiders; the published ones, with their change notes, for everyone else. */
    public List<VersionView> versions(Actor actor, long id) {
        return database.inTransaction(c -> {
            gates.requireVisible(actor, id);
            boolean insider = gates.canSeeDrafts(actor, disclosures.departmentOf(id));
            List<VersionView> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, status, sha256, change_note, created_at,"
                    + " created_by, updated_at, updated_by, errors, warnings, infos FROM disclosure_versions"
                    + " WHERE disclosure_id = ? ORDER BY version")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (!insider && !VersionStatus.PUBLISHED.code().equals(r.getString(2))) {
                            continue;
                        }
                        OffsetDateTime updated = r.getObject(7, OffsetDateTime.class);
                        out.add(new VersionView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getObject(5, OffsetDateTime.class).toInstant(), r.getString(6),
                                updated == null ? null : updated.toInstant(), r.getString(8), integer(r, 9),
                                integer(r, 10), integer(r, 11)));
                    }
                }
            }
            return out;
        });
    }

    /** The workflow steps with their comments (insiders); the public sees publications and corrections. */
    public List<EventView> events(Actor actor, long id) {
        return database.inTransaction(c -> {
            gates.requireVisible(actor, id);
            boolean insider = gates.canSeeDrafts(actor, disclosures.departmentOf(id));
            List<EventView> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, action, comment, actor, at FROM workflow_events"
                    + " WHERE disclosure_id = ? ORDER BY id")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String action = r.getString(2);
                        if (insider || action.equals("publish")) {
                            out.add(new EventView(r.getInt(1), action, r.getString(3), r.getString(4),
                                    r.getObject(5, OffsetDateTime.class).toInstant()));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The files of a published version (the latest published when {@code version} is null). */
    public List<FileView> files(Actor actor, long id, Integer version) {
        return database.inTransaction(c -> {
            gates.requireVisible(actor, id);
            int v = version != null ? version
                    : disclosures.latestPublished(id).orElseThrow(() -> WorkflowException.notFound("not published")).version();
            List<FileView> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, format, file_name, media_type, size_bytes,"
                    + " sha256 FROM published_files WHERE disclosure_id = ? AND version = ? ORDER BY format")) {
                s.setLong(1, id);
                s.setInt(2, v);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new FileView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                                r.getString(6)));
                    }
                }
            }
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
        return database.read(c -> {
            int v = version != null ? version : disclosures.latestPublishedVersion(id)
                    .orElseThrow(() -> WorkflowException.notFound("no published disclosure " + id));
            String key = id + "/" + v + "/" + wanted;
            FileContent cached = files.getIfPresent(key);
            if (cached != null) {
                return cached;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT version, format, file_name, media_type, size_bytes,"
                    + " sha256, content_base64 FROM published_files WHERE disclosure_id = ? AND version = ? AND format = ?")) {
                s.setLong(1, id);
                s.setInt(2, v);
                s.setString(3, wanted);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw WorkflowException.notFound("no " + format + " file of version " + v);
                    }
                    FileContent content = new FileContent(new FileView(r.getInt(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getLong(5), r.getString(6)), Base64.getDecoder().decode(r.getString(7)));
                    if (!Digests.sha256(content.bytes()).equals(content.file().sha256())) {
                        throw new org.gongkai.store.StoreException(key + ": stored file does not match its SHA-256");
                    }
                    files.put(key, content);
                    return content;
                }
            }
        });
    }

    /** A published version's head: it never changes, so it is read once (and its digest checked then). */
    private StoredVersion publishedHead(Connection c, long id, int version) throws SQLException {
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
