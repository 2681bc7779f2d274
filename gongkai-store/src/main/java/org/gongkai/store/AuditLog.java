package org.gongkai.store;

import java.util.List;
import java.util.OptionalLong;

/**
 * The append-only record of who did what to which subject. Each entry carries the hash of the one
 * before it, so an entry edited, removed or inserted afterwards breaks the chain.
 */
public interface AuditLog {

    /**
     * Appends an entry. {@code beforeDigest} and {@code afterDigest} are digests (SHA-256 hex) of the
     * subject's state before and after the action, null where there is none.
     */
    AuditEntry append(String actor, String action, String subject, String beforeDigest, String afterDigest);

    /** The entries in order. */
    List<AuditEntry> entries();

    /** Walks the chain from the start: the seq of the first entry that does not hold, or empty. */
    OptionalLong verify();
}
