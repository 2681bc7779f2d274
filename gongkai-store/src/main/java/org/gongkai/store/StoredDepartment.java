package org.gongkai.store;

/** A row of {@code departments}; {@code nature} (单位性质, e.g. 行政单位) may be null. */
public record StoredDepartment(long id, long regionId, String code, String name, String nature) {
}
