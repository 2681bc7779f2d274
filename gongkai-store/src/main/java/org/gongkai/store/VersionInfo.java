package org.gongkai.store;

import java.time.Instant;

/** What the store knows of one version of a disclosure, without its content. */
public record VersionInfo(
        long disclosureId,
        long departmentId,
        int fiscalYear,
        int version,
        VersionStatus status,
        String sha256,
        String changeNote,
        Instant createdAt,
        String createdBy,
        DisclosureKind kind) {

    /**
     * How the audit log names this version: {@code departments/12/disclosures/2020/versions/3} for a
     * budget, {@code departments/12/final-accounts/2020/versions/1} for a 决算.
     */
    public String subject() {
        return JdbcDisclosures.subject(kind, departmentId, fiscalYear, version);
    }
}
