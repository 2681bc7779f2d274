package org.gongkai.workflow;

import java.util.Objects;
import org.gongkai.lifecycle.AccessPolicy;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.Placements;

/**
 * The access policy applied to stored disclosures: reads where the department sits and, only when a
 * refusal must be shaped, whether the disclosure has a published version.
 */
final class Gates {

    private final Placements placements;
    private final Disclosures disclosures;

    Gates(Placements placements, Disclosures disclosures) {
        this.placements = Objects.requireNonNull(placements, "placements");
        this.disclosures = Objects.requireNonNull(disclosures, "disclosures");
    }

    /** Whether the actor may see this department's drafts: see {@link AccessPolicy#seesDrafts}. */
    boolean canSeeDrafts(Actor actor, long departmentId) {
        return !actor.isPublic() && new AccessPolicy(actor).seesDrafts(placements.of(departmentId));
    }

    /** The disclosure exists for the asker: an insider, or published. Otherwise it is not found. */
    void requireVisible(Actor actor, long id) {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = placements.of(disclosures.departmentOf(id));
        if (!policy.seesDrafts(place)) {
            policy.requireVisible(place, disclosures.latestPublishedVersion(id).isPresent(), id);
        }
    }

    void requireInsider(Actor actor, long id) {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = placements.of(disclosures.departmentOf(id));
        if (!policy.seesDrafts(place)) {
            policy.requireInsider(place, disclosures.latestPublishedVersion(id).isPresent(), id);
        }
    }

    void requirePreparer(Actor actor, long departmentId, Long id) {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = placements.of(departmentId);
        if (!policy.mayPrepare(place)) {
            policy.requirePreparer(place, id, id != null && disclosures.latestPublishedVersion(id).isPresent());
        }
    }

    void requireReviewer(Actor actor, long departmentId, Long id) {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = placements.of(departmentId);
        if (!policy.mayReview(place)) {
            policy.requireReviewer(place, id, id != null && disclosures.latestPublishedVersion(id).isPresent());
        }
    }
}
