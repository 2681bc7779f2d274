package org.gongkai.lifecycle;

import java.util.List;
import java.util.Map;

/**
 * Who may do what to which department: the public reads what is published; a preparer prepares for
 * their own departments; a reviewer reviews and publishes for their region and the regions below
 * it; an administrator does everything. A refusal never lets a draft show through: to someone who
 * may not know of it, an unpublished disclosure is not found rather than forbidden.
 */
public final class AccessPolicy {

    private final Actor actor;

    public AccessPolicy(Actor actor) {
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    /** Whether the actor sees the department's drafts: its preparers, its region's reviewers, administrators. */
    public boolean seesDrafts(Placement place) {
        if (actor.isPublic()) {
            return false;
        }
        return switch (actor.role()) {
            case ADMINISTRATOR -> true;
            case PREPARER -> actor.departmentIds().contains(place.departmentId());
            case REVIEWER -> actor.regionId() != null && place.within(actor.regionId());
        };
    }

    public boolean mayPrepare(Placement place) {
        return actor.is(Role.ADMINISTRATOR)
                || actor.is(Role.PREPARER) && actor.departmentIds().contains(place.departmentId());
    }

    public boolean mayReview(Placement place) {
        return actor.is(Role.ADMINISTRATOR)
                || actor.is(Role.REVIEWER) && actor.regionId() != null && place.within(actor.regionId());
    }

    /**
     * Refuses unless the actor prepares for the department. {@code id} is the disclosure acted on
     * (null when one is being created) and {@code published} whether it has a published version.
     */
    public void requirePreparer(Placement place, Long id, boolean published) {
        if (!mayPrepare(place)) {
            throw refusal(place, id, published, "only the department's preparers do this (仅本部门编制人员可操作)");
        }
    }

    /** Refuses unless the actor reviews the department's region. */
    public void requireReviewer(Placement place, Long id, boolean published) {
        if (!mayReview(place)) {
            throw refusal(place, id, published,
                    "only a reviewer of the department's region does this (仅本地区审核人员可操作)");
        }
    }

    /** Refuses unless the actor administers. */
    public void requireAdministrator(String message) {
        if (actor.isPublic()) {
            throw signInFirst();
        }
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden(message);
        }
    }

    /** Refuses a disclosure the actor may not know of: only insiders see one not published. */
    public void requireVisible(Placement place, boolean published, long id) {
        if (!seesDrafts(place) && !published) {
            throw WorkflowException.notFound("no disclosure " + id);
        }
    }

    /** Refuses an outsider: not found if the disclosure is not published, else forbidden. */
    public void requireInsider(Placement place, boolean published, long id) {
        if (!seesDrafts(place)) {
            if (!published) {
                throw WorkflowException.notFound("no disclosure " + id);
            }
            throw WorkflowException.forbidden("not your department's disclosure (非本部门)");
        }
    }

    /**
     * The refusal for someone without the right: the public is asked to sign in; a signed-in person
     * who cannot see the disclosure at all (a draft of another department) is told it is not found;
     * anyone else is forbidden.
     */
    private WorkflowException refusal(Placement place, Long id, boolean published, String message) {
        if (actor.isPublic()) {
            return signInFirst();
        }
        if (id != null && !seesDrafts(place) && !published) {
            return WorkflowException.notFound("no disclosure " + id);
        }
        return WorkflowException.forbidden(message);
    }

    private static WorkflowException signInFirst() {
        return new WorkflowException(WorkflowException.Kind.UNAUTHENTICATED, "请先登录 (sign in first)", List.of(),
                Map.of());
    }
}
