package org.gongkai.server.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal as problem+json (RFC 9457), made the same way by the controllers' advice and by the
 * filters that answer before any controller: a package of its own, so that the web edge and the
 * security filters both use it without depending on each other.
 */
public final class ProblemDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemDetails() {
    }

    /** A problem with a stable type ({@code /problems/TYPE}); server paths in the detail are hidden. */
    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, ServerPaths.hide(detail));
        p.setType(URI.create("/problems/" + type));
        p.setTitle(title);
        return p;
    }

    /** For filters that answer before the controllers: writes the problem as the response. */
    public static void write(HttpServletResponse response, ProblemDetail p) throws IOException {
        response.setStatus(p.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(p.getType()));
        body.put("title", p.getTitle());
        body.put("status", p.getStatus());
        body.put("detail", p.getDetail());
        if (p.getProperties() != null) {
            body.putAll(p.getProperties());
        }
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
