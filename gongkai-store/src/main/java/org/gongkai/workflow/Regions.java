package org.gongkai.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.workflow.Directory.RegionView;

/**
 * The regions (行政区划) as a tree, as the directory, the accounts and the audit log's readers need
 * them. Every method runs inside the caller's transaction.
 */
interface Regions {

    /** Every region with its parent's code, by code. */
    List<RegionView> all();

    Optional<Long> idOf(String code);

    /** The codes of the region and of every region below it. */
    Set<String> codesWithin(long regionId);

    /** Adds the region under the region {@code parentId} (null at the top). */
    void add(RegionView region, Long parentId);
}
