package org.gongkai.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.server.problem.ProblemDetails;
import org.gongkai.server.problem.ServerPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every refusal as problem+json (RFC 9457): a stable {@code type} ({@code /problems/NAME}, listed
 * in docs/api.md), a title, the HTTP status, a detail in the reader's words, and where fields are at
 * fault the list {@code problems} of {pointer, message}. Never 200 for a rejection, never a bare 500.
 */
@RestControllerAdvice
// before Spring Boot's own problem details handler, which would answer the framework's refusals
// (an unreadable or too large body among them) without the stable type
// (order 0); the pages' own advice (DeskPages, PortalPages, first of all) still answers for their pages
@org.springframework.core.annotation.Order(-1)
public class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<ProblemDetail> workflow(WorkflowException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
            case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
            case BLOCKED_BY_FINDINGS, UNUSABLE_INPUT -> HttpStatus.UNPROCESSABLE_CONTENT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        String type = e.kind().name().toLowerCase().replace('_', '-');
        ProblemDetail p = ProblemDetails.problem(status, type, title(e.kind()), e.getMessage());
        if (!e.problems().isEmpty()) {
            p.setProperty("problems", e.problems().stream()
                    .map(f -> Map.of("pointer", f.pointer(), "message", ServerPaths.hide(f.message()))).toList());
        }
        e.details().forEach(p::setProperty);
        return respond(p);
    }

    @ExceptionHandler(UnusableInputException.class)
    ResponseEntity<ProblemDetail> unusable(UnusableInputException e) {
        return respond(unusableProblem(e));
    }

    public static ProblemDetail unusableProblem(UnusableInputException e) {
        ProblemDetail p = ProblemDetails.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unusable-input", "文档无法读取 (unusable document)",
                e.problems().size() + " problem(s) in the document: " + e.problems().get(0).describe());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (InputProblem problem : e.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pointer", problem.pointer() == null ? "" : problem.pointer());
            m.put("message", ServerPaths.hide(problem.message()));
            m.put("file", ServerPaths.hide(problem.file()));
            if (problem.line() > 0) {
                m.put("line", problem.line());
                m.put("column", problem.column());
            }
            problems.add(m);
        }
        p.setProperty("problems", problems);
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.gongkai.server.security.SecurityConfiguration.BodyTooLarge) {
                return respond(org.gongkai.server.security.SecurityConfiguration.tooLarge());
            }
        }
        return respond(ProblemDetails.problem(HttpStatus.BAD_REQUEST, "unreadable-request", "请求无法解析 (unreadable request)",
                "the request body is not valid JSON of the expected shape"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(ProblemDetails.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "文件过大 (too large)",
                "the upload is larger than the server accepts"));
    }

    /** A multipart body that cannot be parsed (a file name with a NUL, a broken boundary). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(org.springframework.web.multipart.MultipartException e) {
        return respond(ProblemDetails.problem(HttpStatus.BAD_REQUEST, "unreadable-request", "请求无法解析 (unreadable request)",
                "the upload is not readable multipart form data"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(ProblemDetails.problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 (forbidden)", "not allowed"));
    }

    @ExceptionHandler({org.springframework.web.ErrorResponseException.class,
            org.springframework.web.servlet.resource.NoResourceFoundException.class,
            org.springframework.web.HttpRequestMethodNotSupportedException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class,
            org.springframework.web.HttpMediaTypeNotAcceptableException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> framework(Exception e) {
        ErrorResponse r = (ErrorResponse) e;
        HttpStatusCode status = r.getStatusCode();
        String type = switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is4xxClientError() ? "invalid" : "internal-error";
        };
        return respond(ProblemDetails.problem(status, type, r.getBody().getTitle(), r.getBody().getDetail()));
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return respond(ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid", "请求无效 (invalid request)",
                "parameter " + e.getName() + " has the wrong type"));
    }

    /**
     * What the database refuses as data (SQLSTATE class 22: a text longer than its column, a date it
     * cannot hold) is a wrong request, and a broken unique key (class 23) a conflict; the use cases
     * check what they know first, so this answers only for what they missed, never with a 500.
     */
    @ExceptionHandler(org.gongkai.store.StoreException.class)
    ResponseEntity<ProblemDetail> store(org.gongkai.store.StoreException e) {
        String state = e.getCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        if (state.startsWith("22")) {
            LOG.info("refused as invalid data: {}", state);
            return respond(ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid", "请求无效 (invalid request)",
                    "a value is longer or larger than its field allows"));
        }
        if (state.startsWith("23")) {
            LOG.info("refused as a conflict: {}", state);
            return respond(ProblemDetails.problem(HttpStatus.CONFLICT, "conflict", "状态冲突 (conflict)",
                    "the change conflicts with one made at the same time; read again and retry"));
        }
        return unexpected(e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegal(IllegalArgumentException e) {
        return respond(ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid", "请求无效 (invalid request)", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse) {
            // a refusal of the framework's not listed above (a missing parameter, a failed binding)
            return framework(e);
        }
        LOG.error("unexpected failure", e);
        return respond(ProblemDetails.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误 (internal error)",
                "the server failed; the failure is logged"));
    }

    private static String title(WorkflowException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> "未找到 (not found)";
            case UNAUTHENTICATED -> "请先登录 (sign in first)";
            case FORBIDDEN -> "无权操作 (forbidden)";
            case CONFLICT -> "状态冲突 (conflict)";
            case STALE -> "内容已被他人修改 (changed since you read it)";
            case PRECONDITION_REQUIRED -> "缺少If-Match (If-Match required)";
            case BLOCKED_BY_FINDINGS -> "审核规则未通过 (blocked by findings)";
            case INVALID -> "请求无效 (invalid request)";
            case UNUSABLE_INPUT -> "文档无法读取 (unusable document)";
        };
    }
}
