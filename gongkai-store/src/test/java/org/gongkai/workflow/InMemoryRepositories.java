package org.gongkai.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.lifecycle.Departments;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.Placements;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.WorkflowException;

/**
 * The repositories of the disclosure use cases in memory: departments by key, each placed in its
 * region path, and {@link InMemoryDisclosures}. A transaction runs its work as it comes: the
 * in-memory writes happen only once the use case's checks have passed.
 */
final class InMemoryRepositories {

    final InMemoryDisclosures disclosures = new InMemoryDisclosures();
    private final Map<String, Long> departmentIds = new HashMap<>();
    private final Map<Long, List<Long>> regionPaths = new HashMap<>();

    /** A department by its key (REGION/CODE), in the regions {@code regionPath} (nearest first). */
    InMemoryRepositories department(String key, long id, Long... regionPath) {
        departmentIds.put(key, id);
        regionPaths.put(id, List.of(regionPath));
        return this;
    }

    Repositories repositories() {
        return new Repositories(new Immediate(), disclosures, new Keyed(), new Placed(), InMemoryRepositories::view);
    }

    /** The view of a version, as far as the stored version tells it. */
    static Workflow.DisclosureView view(StoredVersion v) {
        return new Workflow.DisclosureView(v.disclosureId(), null, v.fiscalYear(), null, v.version(), v.status().code(),
                v.etag(), null, null, null, v.approvedOn(), null, v.publishedAt(), null, v.kind().code());
    }

    static final class Immediate implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T reading(Supplier<T> work) {
            return work.get();
        }
    }

    private final class Keyed implements Departments {
        @Override
        public Optional<Long> idOf(String key) {
            return Optional.ofNullable(departmentIds.get(key));
        }

        @Override
        public void lock(long departmentId) {
            if (!regionPaths.containsKey(departmentId)) {
                throw WorkflowException.notFound("no department " + departmentId);
            }
        }
    }

    private final class Placed implements Placements {
        @Override
        public Placement of(long departmentId) {
            List<Long> path = regionPaths.get(departmentId);
            if (path == null) {
                throw WorkflowException.notFound("no department " + departmentId);
            }
            return new Placement(departmentId, path);
        }

        @Override
        public Map<Long, Placement> of(Collection<Long> departmentIds) {
            Map<Long, Placement> out = new LinkedHashMap<>();
            departmentIds.stream().filter(regionPaths::containsKey).forEach(id -> out.put(id, of(id)));
            return out;
        }
    }
}
