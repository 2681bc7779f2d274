package org.gongkai.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Placement;

/**
 * Every department of a region and of the regions below it, each with where it sits and its
 * disclosure of a kind for a year (if any). A read model kept beside the facade's view types; what
 * each asker may see of it is {@link Deadlines}'s decision.
 */
interface Standings {

    /**
     * A department with its disclosure: its id (null if it has none), its dates, the latest version's
     * status and counts, and the latest published version's number and counts (null if none).
     */
    record Standing(Directory.DepartmentView department, Placement place, Long disclosureId, LocalDate approvedOn,
            Instant publishedAt, String latestStatus, Integer latestErrors, Integer latestWarnings,
            Integer publishedVersion, Integer publishedErrors, Integer publishedWarnings) {
    }

    /** The region's departments in code order; an unknown region is "not found". */
    List<Standing> of(String regionCode, int year, DisclosureKind kind);
}
