package org.gongkai.store;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.Disclosure;

/**
 * The disclosures of departments, one per department, fiscal year and {@link DisclosureKind} (its
 * budget and its 决算 of a year live side by side), each kept as numbered
 * versions of its canonical JSON. Every change is one transaction, recorded in the audit log in
 * the same transaction. A published version never changes: changing it is an
 * {@link IllegalStateException} that names the version.
 */
public interface Disclosures {

    /** Saves {@code disclosure} as the next version (of the year's budget or 决算, as its kind says) (1, 2, …) of the department's disclosure for the year, as a draft. */
    VersionInfo saveVersion(long departmentId, int fiscalYear, Disclosure disclosure, String actor, String changeNote);

    /**
     * Saves canonical JSON received from outside as the next version. The text must bind to a
     * disclosure of {@code fiscalYear}; if not, nothing is saved and the binding's
     * {@link org.gongkai.importing.UnusableInputException} (or an {@link IllegalArgumentException}) comes out.
     */
    VersionInfo saveVersion(long departmentId, int fiscalYear, String canonicalJson, String actor, String changeNote);

    /** Replaces the content of a version that is not published. */
    VersionInfo updateVersion(long departmentId, int fiscalYear, int version, Disclosure disclosure, String actor,
            String changeNote);

    /** Moves a version of the year's budget to {@code status} along {@link VersionStatus#next()}. */
    VersionInfo changeStatus(long departmentId, int fiscalYear, int version, VersionStatus status, String actor);

    /** Moves a version of the year's budget or 决算 to {@code status} along {@link VersionStatus#next()}. */
    VersionInfo changeStatus(long departmentId, int fiscalYear, DisclosureKind kind, int version, VersionStatus status,
            String actor);

    /** The latest version of the year's budget. */
    default Optional<StoredDisclosure> latest(long departmentId, int fiscalYear) {
        return latest(departmentId, fiscalYear, DisclosureKind.BUDGET);
    }

    Optional<StoredDisclosure> latest(long departmentId, int fiscalYear, DisclosureKind kind);

    default Optional<StoredDisclosure> version(long departmentId, int fiscalYear, int version) {
        return version(departmentId, fiscalYear, DisclosureKind.BUDGET, version);
    }

    Optional<StoredDisclosure> version(long departmentId, int fiscalYear, DisclosureKind kind, int version);

    /** Every version of the year's budget, oldest first; empty if the department has none for the year. */
    default List<VersionInfo> versions(long departmentId, int fiscalYear) {
        return versions(departmentId, fiscalYear, DisclosureKind.BUDGET);
    }

    /** Every version of the year's disclosure of that kind, oldest first. */
    List<VersionInfo> versions(long departmentId, int fiscalYear, DisclosureKind kind);
}
