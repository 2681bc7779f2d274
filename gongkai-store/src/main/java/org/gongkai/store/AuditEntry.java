package org.gongkai.store;

import java.time.Instant;

/** A row of {@code audit_log}. The digests name the state of the subject before and after (may be null). */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String subject,
        String beforeDigest,
        String afterDigest,
        String previousHash,
        String hash) {
}
