package org.gongkai.store;

import java.util.Optional;
import org.gongkai.model.GovernmentLevel;

/** The tree of regions (行政区划), each known by its administrative division code. */
public interface Regions {

    /** Creates a region under the one coded {@code parentCode} (null for a root). */
    StoredRegion create(String parentCode, GovernmentLevel level, String name, String code);

    Optional<StoredRegion> findByCode(String code);
}
