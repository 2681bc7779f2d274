package org.gongkai.server.security;

import org.gongkai.server.problem.ProblemDetails;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.gongkai.lifecycle.Actor;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The requests that cost the server most, checked before any of their body is read: an upload
 * needs a signed-in caller (no multipart body is parsed for the anonymous, not even to look for
 * a CSRF field), and validation, previews and imports are limited per account and per address
 * ({@link Limits}, from the settings), answered {@code 429} with Retry-After beyond.
 */
final class CostlyRequests extends OncePerRequestFilter {

    /** Requests a minute for each costly endpoint, per signed-in account and per address. */
    record Limits(int validatePerAccount, int validatePerAddress, int previewPerAccount, int previewPerAddress,
            int importPerAccount, int importPerAddress) {
    }

    private final RateLimits windows;
    private final Limits limits;

    CostlyRequests(RateLimits windows, Limits limits) {
        this.windows = windows;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = TokenAuthentication.current();
        String type = request.getContentType();
        if (actor.isPublic() && type != null && type.toLowerCase().startsWith("multipart/")) {
            ProblemDetails.write(response, ProblemDetails.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "请先登录 (sign in first)", "uploads need a signed-in user or an API token"));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String kind = kind(request.getMethod(), path);
        if (kind != null) {
            int perAccount = switch (kind) {
                case "validate" -> limits.validatePerAccount();
                case "preview" -> limits.previewPerAccount();
                default -> limits.importPerAccount();
            };
            int perAddress = switch (kind) {
                case "validate" -> limits.validatePerAddress();
                case "preview" -> limits.previewPerAddress();
                default -> limits.importPerAddress();
            };
            OptionalLong wait = windows.take(kind + " address:" + request.getRemoteAddr(), perAddress);
            if (wait.isEmpty() && !actor.isPublic()) {
                wait = windows.take(kind + " account:" + actor.username(), perAccount);
            }
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
                ProblemDetail p = ProblemDetails.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        "请求过于频繁 (too many requests)", "too many " + kind + " requests; retry after "
                                + wait.getAsLong() + " s");
                p.setProperty("retryAfter", wait.getAsLong());
                ProblemDetails.write(response, p);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Which costly endpoint a request is for, or null. */
    static String kind(String method, String path) {
        if (HttpMethod.POST.matches(method) && path.equals("/api/validate")) {
            return "validate";
        }
        if (HttpMethod.POST.matches(method) && path.equals("/api/disclosures/import")) {
            return "import";
        }
        if (HttpMethod.GET.matches(method) && path.matches("/api/disclosures/[^/]+/preview/[^/]+")) {
            return "preview";
        }
        return null;
    }
}
