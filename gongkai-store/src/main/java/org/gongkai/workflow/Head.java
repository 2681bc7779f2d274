package org.gongkai.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.model.Disclosure;

// ---------------------------------------------------------------- internals
/** The latest version of a disclosure with its content. */
final class Head {
    long departmentId;
    int fiscalYear;
    DisclosureKind kind;
    int version;
    VersionStatus status;
    String json;
    String sha256;
    Instant updatedAt;
    String updatedBy;
    LocalDate approvedOn;
    Instant publishedAt;

    Lifecycle lifecycle() {
        return new Lifecycle(kind, fiscalYear, version, status, approvedOn, publishedAt);
    }

    String etag() {
        return Workflow.etag(version, sha256);
    }

    Disclosure disclosure(CanonicalCodec codec) {
        return codec.read(json, "version " + version, CanonicalFormat.JSON);
    }
}
