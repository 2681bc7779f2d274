package org.gongkai.lifecycle;

import java.util.List;

/**
 * Where a department sits: its id and the ids of its region and of every region above it, nearest
 * first (临西县, 邢台市, 河北省). Enough for {@link AccessPolicy} to decide without asking again.
 */
public record Placement(long departmentId, List<Long> regionPath) {

    public Placement {
        regionPath = List.copyOf(regionPath);
        if (regionPath.isEmpty()) {
            throw new IllegalArgumentException("department " + departmentId + " lies in no region");
        }
    }

    /** Whether the department lies in the region or below it. */
    public boolean within(long regionId) {
        return regionPath.contains(regionId);
    }
}
