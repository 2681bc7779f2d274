package org.gongkai.lifecycle;

import java.util.Collection;
import java.util.Map;

/** Where departments sit: each with its region and every region above it ({@link Placement}). */
public interface Placements {

    /** The department's placement; an unknown department is a {@link WorkflowException} "not found". */
    Placement of(long departmentId);

    /** The placements of many departments at once, by department id; unknown ones are left out. */
    Map<Long, Placement> of(Collection<Long> departmentIds);
}
