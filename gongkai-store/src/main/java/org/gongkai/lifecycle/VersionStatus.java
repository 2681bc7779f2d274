package org.gongkai.lifecycle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a version of a disclosure stands: a department drafts and submits it, the finance bureau
 * returns or approves it, an approved version is published. A published version never changes.
 */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED;

    /** The value stored in {@code disclosure_versions.status}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The statuses this one may move to. */
    public Set<VersionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED, APPROVED);
            case RETURNED -> EnumSet.of(DRAFT, SUBMITTED);
            case APPROVED -> EnumSet.of(RETURNED, PUBLISHED);
            case PUBLISHED -> EnumSet.noneOf(VersionStatus.class);
        };
    }
}
