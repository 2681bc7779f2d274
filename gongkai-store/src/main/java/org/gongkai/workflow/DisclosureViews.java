package org.gongkai.workflow;

import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.workflow.Workflow.DisclosureView;

/**
 * The disclosures as the workflow's callers see them listed. A read model of the facade, kept beside
 * its view types rather than with the domain: the lifecycle knows nothing of what a caller is shown.
 */
interface DisclosureViews {

    /** The disclosure as {@code shown}, one of its versions, presents it. */
    DisclosureView of(StoredVersion shown);
}
