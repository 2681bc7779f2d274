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
    final List<LifecycleEvent> events = new ArrayList<>();

    /** Adds a disclosure's version as it would have been stored. */
    void add(StoredVersion version) {
        versions.computeIfAbsent(version.disclosureId(), id -> new ArrayList<>()).add(version);
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
        Lifecycle after = step.after();
        String json = revision == null ? before.json() : revision.json();
        StoredVersion written = new StoredVersion(before.disclosureId(), before.departmentId(), before.fiscalYear(),
                before.kind(), before.version(), after.status(), json, Digests.sha256(json), Instant.EPOCH,
                actor.username(), after.approvedOn(), after.firstPublishedAt());
        List<StoredVersion> all = versions.get(before.disclosureId());
        all.set(all.indexOf(version(before.disclosureId(), before.version()).orElseThrow()), written);
        events.add(step.event());
    }
}
