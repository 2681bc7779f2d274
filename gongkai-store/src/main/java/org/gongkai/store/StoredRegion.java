package org.gongkai.store;

import org.gongkai.model.GovernmentLevel;

/** A row of {@code regions}; {@code parentId} is null at the top of the tree. */
public record StoredRegion(long id, Long parentId, GovernmentLevel level, String name, String code) {
}
