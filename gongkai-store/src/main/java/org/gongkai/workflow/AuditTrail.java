package org.gongkai.workflow;

/**
 * The audit log as a use case writes it: each entry appended in the use case's own transaction, so
 * that a change and its entry are kept or dropped together. Appends come last, after the rows the
 * change works on are written (the log's turn is held only for the appends).
 */
interface AuditTrail {

    /**
     * Appends an entry; {@code beforeDigest} and {@code afterDigest} are SHA-256 hex of the subject's
     * state before and after, null where there is none.
     */
    void append(String actor, String action, String subject, String beforeDigest, String afterDigest);
}
