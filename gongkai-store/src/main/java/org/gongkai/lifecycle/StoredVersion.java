package org.gongkai.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;

/**
 * One stored version of a disclosure with its content, as {@link Disclosures} reads it: the
 * disclosure's department, year and kind, the version's number, status and canonical JSON with its
 * SHA-256, who saved it last, and the disclosure's approval and first publication.
 */
public record StoredVersion(long disclosureId, long departmentId, int fiscalYear, DisclosureKind kind, int version,
        VersionStatus status, String json, String sha256, Instant updatedAt, String updatedBy, LocalDate approvedOn,
        Instant publishedAt) {

    public StoredVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The entity tag of a version's content: its number and the start of its SHA-256. */
    public static String etag(int version, String sha256) {
        return "v" + version + "-" + sha256.substring(0, 16);
    }

    public String etag() {
        return etag(version, sha256);
    }

    /** Where the disclosure's lifecycle stands with this version as its latest. */
    public Lifecycle lifecycle() {
        return new Lifecycle(kind, fiscalYear, version, status, approvedOn, publishedAt);
    }

    public Disclosure disclosure(CanonicalCodec codec) {
        return codec.read(json, "version " + version, CanonicalFormat.JSON);
    }
}
