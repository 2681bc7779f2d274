package org.gongkai.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.gongkai.store.Digests;

/** The disclosures in maps, for use cases tested without a database: what they record can be read back. */
final class InMemoryDisclosures implements Disclosures {

    private final Map<Long, List<StoredVersion>> versions = new HashMap<>();
    private final Map<String, Set<String>> acknowledgements = new HashMap<>();
    private final Map<String, Long> byDepartmentYearAndKind = new HashMap<>();
    final List<LifecycleEvent> events = new ArrayList<>();
    final Map<String, List<PublishedFile>> files = new HashMap<>();
    private long nextId = 1;

    /** Adds a disclosure's version as it would have been stored. */
    void add(StoredVersion version) {
        versions.computeIfAbsent(version.disclosureId(), id -> new ArrayList<>()).add(version);
        byDepartmentYearAndKind.put(version.departmentId() + "/" + version.fiscalYear() + "/" + version.kind(),
                version.disclosureId());
        nextId = Math.max(nextId, version.disclosureId() + 1);
    }

    @Override
    public Optional<Long> find(long departmentId, int fiscalYear, DisclosureKind kind) {
        return Optional.ofNullable(byDepartmentYearAndKind.get(departmentId + "/" + fiscalYear + "/" + kind));
    }

    @Override
    public long start(long departmentId, Lifecycle started, Revision content, Origin origin, Actor actor) {
        long id = nextId;
        add(new StoredVersion(id, departmentId, started.fiscalYear(), started.kind(), started.version(),
                started.status(), content.json(), Digests.sha256(content.json()), Instant.EPOCH, actor.username(),
                started.approvedOn(), started.firstPublishedAt()));
        events.add(new LifecycleEvent(started.version(), origin.action(), origin.note(), null, started.status()));
        return id;
    }

    @Override
    public void save(StoredVersion before, Lifecycle.Transition edit, Revision content, Actor actor) {
        replace(before, edit.after(), content.json(), actor);
    }

    @Override
    public void addVersion(StoredVersion before, Lifecycle.Transition step, Revision content, Actor actor) {
        Lifecycle after = step.after();
        versions.get(before.disclosureId()).add(new StoredVersion(before.disclosureId(), before.departmentId(),
                before.fiscalYear(), before.kind(), after.version(), after.status(), content.json(),
                Digests.sha256(content.json()), Instant.EPOCH, actor.username(), after.approvedOn(),
                after.firstPublishedAt()));
        events.add(step.event());
    }

    @Override
    public void acknowledge(StoredVersion version, List<Answer> answers, Actor actor) {
        answers.forEach(a -> acknowledge(version.disclosureId(), version.version(), Drafts.key(a.rule(), a.path())));
    }

    @Override
    public void keepFiles(StoredVersion version, List<PublishedFile> kept, Actor actor) {
        files.put(version.disclosureId() + "/" + version.version(), List.copyOf(kept));
    }

    void acknowledge(long id, int version, String key) {
        acknowledgements.computeIfAbsent(id + "/" + version, k -> new HashSet<>()).add(key);
    }

    @Override
    public StoredVersion lockLatest(long id) {
        return latest(id);
    }

    @Override
    public StoredVersion latest(long id) {
        List<StoredVersion> all = versions.get(id);
        if (all == null) {
            throw WorkflowException.notFound("no disclosure " + id);
        }
        return all.get(all.size() - 1);
    }

    @Override
    public Optional<StoredVersion> version(long id, int version) {
        return versions.getOrDefault(id, List.of()).stream().filter(v -> v.version() == version).findFirst();
    }

    @Override
    public Optional<StoredVersion> latestPublished(long id) {
        return versions.getOrDefault(id, List.of()).stream().filter(v -> v.status() == VersionStatus.PUBLISHED)
                .reduce((first, second) -> second);
    }

    @Override
    public Optional<Integer> latestPublishedVersion(long id) {
        return latestPublished(id).map(StoredVersion::version);
    }

    @Override
    public long departmentOf(long id) {
        return latest(id).departmentId();
    }

    @Override
    public Set<String> acknowledged(long id, int version) {
        return Set.copyOf(acknowledgements.getOrDefault(id + "/" + version, Set.of()));
    }

    @Override
    public void record(StoredVersion before, Lifecycle.Transition step, Revision revision, Actor actor) {
        replace(before, step.after(), revision == null ? before.json() : revision.json(), actor);
        events.add(step.event());
    }

    private void replace(StoredVersion before, Lifecycle after, String json, Actor actor) {
        StoredVersion written = new StoredVersion(before.disclosureId(), before.departmentId(), before.fiscalYear(),
                before.kind(), before.version(), after.status(), json, Digests.sha256(json), Instant.EPOCH,
                actor.username(), after.approvedOn(), after.firstPublishedAt());
        List<StoredVersion> all = versions.get(before.disclosureId());
        all.set(all.indexOf(version(before.disclosureId(), before.version()).orElseThrow()), written);
    }
}
