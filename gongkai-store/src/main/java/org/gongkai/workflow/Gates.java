package org.gongkai.workflow;

import static org.gongkai.workflow.DisclosureRows.*;

import java.sql.Connection;
import java.sql.SQLException;
import org.gongkai.lifecycle.AccessPolicy;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Placement;

/**
 * The access policy applied to stored disclosures: reads where the department sits and, only when a
 * refusal must be shaped, whether the disclosure has a published version.
 */
final class Gates {

    private Gates() {
    }

    /** Whether the actor may see this department's drafts: see {@link AccessPolicy#seesDrafts}. */
    static boolean canSeeDrafts(Connection c, Actor actor, long departmentId) throws SQLException {
        return !actor.isPublic() && new AccessPolicy(actor).seesDrafts(Places.of(c, departmentId));
    }

    /** The disclosure exists for the asker: an insider, or published. Otherwise it is not found. */
    static void requireVisible(Connection c, Actor actor, long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentOf(c, id));
        if (!policy.seesDrafts(place)) {
            policy.requireVisible(place, latestPublishedVersion(c, id).isPresent(), id);
        }
    }

    static void requireInsider(Connection c, Actor actor, long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentOf(c, id));
        if (!policy.seesDrafts(place)) {
            policy.requireInsider(place, latestPublishedVersion(c, id).isPresent(), id);
        }
    }

    static void requirePreparer(Connection c, Actor actor, long departmentId, Long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentId);
        if (!policy.mayPrepare(place)) {
            policy.requirePreparer(place, id, id != null && latestPublishedVersion(c, id).isPresent());
        }
    }

    static void requireReviewer(Connection c, Actor actor, long departmentId, Long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentId);
        if (!policy.mayReview(place)) {
            policy.requireReviewer(place, id, id != null && latestPublishedVersion(c, id).isPresent());
        }
    }
}
