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

    /**
     * How a disclosure came to be: the action for its history ({@code create}, {@code import},
     * {@code next-year} ...) and for the audit log, a note, and the SHA-256 of what it was made from
     * (null when it was made from nothing stored here).
     */
    record Origin(String action, String auditAction, String note, String madeFromSha256) {
    }

    /** A warning of a version answered by the preparer: the rule, the JSON pointer and why it stands. */
    record Answer(String rule, String path, String reason) {
    }

    /** A file rendered at publication, kept with its SHA-256. */
    record PublishedFile(String format, String fileName, String mediaType, byte[] bytes) {
    }

    /** The department's disclosure of a kind for a year, if it has one. */
    Optional<Long> find(long departmentId, int fiscalYear, DisclosureKind kind);

    /**
     * Starts a disclosure of the department as {@code started} says (its kind, year, version 1's
     * status and any dates) with its content, its first event and its audit entry; returns its id.
     * The caller holds the department's turn ({@link Departments#lock}) and has found none there.
     */
    long start(long departmentId, Lifecycle started, Revision content, Origin origin, Actor actor);

    /** Saves new content over the latest version {@code before} (a draft or returned), as {@code edit} leaves it. */
    void save(StoredVersion before, Lifecycle.Transition edit, Revision content, Actor actor);

    /** Adds the version a step made (a correction's draft) with its content, its event and its audit entry. */
    void addVersion(StoredVersion before, Lifecycle.Transition step, Revision content, Actor actor);

    /** Records the preparer's answers to warnings of the version, each replacing an earlier answer to the same warning. */
    void acknowledge(StoredVersion version, List<Answer> answers, Actor actor);

    /** Keeps the files of a published version, each with its SHA-256 and an audit entry. */
    void keepFiles(StoredVersion version, List<PublishedFile> files, Actor actor);

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
