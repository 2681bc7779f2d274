package org.gongkai.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.validation.Finding;

/**
 * The stored disclosures, as the use cases read them and record their lifecycle's steps. Every
 * method runs inside the caller's transaction ({@link Transactions}); an unknown disclosure is a
 * {@link WorkflowException} "not found".
 */
public interface Disclosures {

    /** New content for a version: its canonical JSON and what the rule catalogue found in it. */
    record Revision(String json, List<Finding> findings) {
        public Revision {
            findings = List.copyOf(findings);
        }
    }

    /** The latest version, its disclosure locked until the transaction ends so that writers take turns. */
    StoredVersion lockLatest(long id);

    StoredVersion latest(long id);

    Optional<StoredVersion> version(long id, int version);

    Optional<StoredVersion> latestPublished(long id);

    /** The number of the latest published version, read without the content. */
    Optional<Integer> latestPublishedVersion(long id);

    long departmentOf(long id);

    /** The warnings answered for a version, each as rule id and JSON pointer ({@code "rule /path"}). */
    Set<String> acknowledged(long id, int version);

    /**
     * Records a step of the lifecycle taken from {@code before}: the version's status and, if
     * {@code revision} is not null, its new content; the disclosure's dates; the event; the audit entry.
     */
    void record(StoredVersion before, Lifecycle.Transition step, Revision revision, Actor actor);
}
