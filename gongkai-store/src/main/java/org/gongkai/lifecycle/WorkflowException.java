package org.gongkai.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request the workflow turns down, with the kind of refusal (which the web edge maps to an HTTP
 * status and a stable problem type), a message and the field problems or details behind it.
 */
public final class WorkflowException extends RuntimeException {

    /** The kinds of refusal; each has a stable name used as the problem type. */
    public enum Kind {
        /** Nothing there, or nothing the asker may know of (a draft asked for by the public). */
        NOT_FOUND,
        /** Not for the public: sign in first. */
        UNAUTHENTICATED,
        /** Known to the asker but not theirs to do. */
        FORBIDDEN,
        /** Not possible in the current state (a submitted version cannot be edited). */
        CONFLICT,
        /** Saved on top of a version that has since changed (If-Match does not match). */
        STALE,
        /** If-Match missing on an update. */
        PRECONDITION_REQUIRED,
        /** The document has findings that block the step (errors, unacknowledged warnings). */
        BLOCKED_BY_FINDINGS,
        /** The request itself is malformed: a field is missing or wrong. */
        INVALID,
        /** The uploaded file cannot be read as a disclosure. */
        UNUSABLE_INPUT
    }

    /** One problem with one field: a JSON pointer into the request or document, and what is wrong. */
    public record FieldProblem(String pointer, String message) {
    }

    private final Kind kind;
    private final List<FieldProblem> problems;
    private final Map<String, Object> details;

    public WorkflowException(Kind kind, String message, List<FieldProblem> problems, Map<String, Object> details) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problems = List.copyOf(problems);
        this.details = Map.copyOf(details);
    }

    public static WorkflowException notFound(String message) {
        return new WorkflowException(Kind.NOT_FOUND, message, List.of(), Map.of());
    }

    public static WorkflowException forbidden(String message) {
        return new WorkflowException(Kind.FORBIDDEN, message, List.of(), Map.of());
    }

    public static WorkflowException conflict(String message) {
        return new WorkflowException(Kind.CONFLICT, message, List.of(), Map.of());
    }

    public static WorkflowException invalid(String pointer, String message) {
        return new WorkflowException(Kind.INVALID, message, List.of(new FieldProblem(pointer, message)), Map.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public Map<String, Object> details() {
        return details;
    }
}
