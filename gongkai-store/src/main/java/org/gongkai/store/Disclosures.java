package org.gongkai.store;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.Disclosure;

/**
 * The disclosures of departments, one per department and fiscal year, each kept as numbered
 * versions of its canonical JSON. Every change is one transaction, recorded in the audit log in
 * the same transaction. A published version never changes: changing it is an
 * {@link IllegalStateException} that names the version.
 */
public interface Disclosures {

    /** Saves {@code disclosure} as the next version (1, 2, …) of the department's disclosure for the year, as a draft. */
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

    /** Moves a version to {@code status} along {@link VersionStatus#next()}. */
    VersionInfo changeStatus(long departmentId, int fiscalYear, int version, VersionStatus status, String actor);

    Optional<StoredDisclosure> latest(long departmentId, int fiscalYear);

    Optional<StoredDisclosure> version(long departmentId, int fiscalYear, int version);

    /** Every version, oldest first; empty if the department has no disclosure for the year. */
    List<VersionInfo> versions(long departmentId, int fiscalYear);
}
