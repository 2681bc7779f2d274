package org.gongkai.lifecycle;

/**
 * What happened to a disclosure: the version it happened to, the step ({@code submit},
 * {@code approve}, {@code publish} ...), the comment given with it, and the statuses before and after
 * (equal when a step changes no status, as a correction's new draft does not change the old version).
 */
public record LifecycleEvent(int version, String action, String comment, VersionStatus from, VersionStatus to) {

    /** How the audit log names the step: {@code approve (submitted -> approved)}. */
    public String auditAction() {
        return from == null || from == to ? action : action + " (" + from.code() + " -> " + to.code() + ")";
    }
}
