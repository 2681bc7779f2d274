package org.gongkai.server.api;

import org.gongkai.server.problem.ProblemDetails;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.gongkai.server.security.SessionCsrfTokens;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.workflow.Accounts;
import org.gongkai.lifecycle.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signing in and out, and tokens for scripts. */
@RestController
@RequestMapping("/api")
@Tag(name = "session", description = "登录、退出与脚本令牌 (sign in, sign out, API tokens)")
public class SessionController {

    private static final Logger LOG = LoggerFactory.getLogger(SessionController.class);

    public record Credentials(String username, String password) {
    }

    public record Me(String username, String role, Long regionId, java.util.Set<Long> departmentIds) {
        static Me of(Actor a) {
            return new Me(a.username(), a.role().code(), a.regionId(), a.departmentIds());
        }
    }

    public record TokenRequest(String name) {
    }

    private final Accounts accounts;
    private final boolean secureCookies;
    private final SessionCsrfTokens csrfTokens;

    public SessionController(Accounts accounts, @Value("${gongkai.secure-cookies:false}") boolean secureCookies,
            SessionCsrfTokens csrfTokens) {
        this.accounts = accounts;
        this.secureCookies = secureCookies;
        this.csrfTokens = csrfTokens;
    }

    @PostMapping("/session")
    @Operation(summary = "Sign in: sets the HttpOnly session cookie")
    public ResponseEntity<?> login(@RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        Accounts.Login result = accounts.login(credentials.username(), credentials.password(), request.getRemoteAddr());
        if (result instanceof Accounts.Login.Accepted accepted) {
            LOG.info("sign-in: {}", accepted.actor().username());
            // added to the servlet response itself, beside the CSRF cookie, not through the entity's headers
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(accepted.sessionToken(), Accounts.SESSION_LIFETIME).toString());
            // and the CSRF token of this session, which the next write must send
            response.addHeader(HttpHeaders.SET_COOKIE, csrfTokens.cookieFor(accepted.sessionToken()).toString());
            return ResponseEntity.ok().body(Me.of(accepted.actor()));
        }
        if (result instanceof Accounts.Login.Throttled throttled) {
            LOG.warn("sign-in throttled for {} from {}", credentials.username(), request.getRemoteAddr());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()))
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetails.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                            "尝试次数过多 (too many attempts)", "too many failed sign-ins; try again in "
                                    + throttled.retryAfterSeconds() + " s"));
        }
        LOG.info("sign-in refused for {}", credentials.username());
        return Problems.respond(ProblemDetails.problem(HttpStatus.UNAUTHORIZED, "bad-credentials",
                "用户名或密码错误 (wrong user name or password)", "wrong user name or password"));
    }

    @GetMapping("/session")
    @Operation(summary = "Who is signed in")
    public ResponseEntity<?> me() {
        Actor actor = TokenAuthentication.current();
        if (actor.isPublic()) {
            return Problems.respond(ProblemDetails.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "请先登录 (sign in first)", "no session"));
        }
        return ResponseEntity.ok(Me.of(actor));
    }

    @DeleteMapping("/session")
    @Operation(summary = "Sign out: ends the session everywhere")
    public ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        accounts.logout(TokenAuthentication.sessionToken(request));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tokens")
    @Operation(summary = "A token for scripts (Authorization: Bearer ...), shown once")
    public ResponseEntity<Map<String, String>> token(@RequestBody(required = false) TokenRequest body) {
        String token = accounts.issueToken(TokenAuthentication.current(), body == null ? null : body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token));
    }

    private ResponseCookie cookie(String value, Duration age) {
        return ResponseCookie.from(TokenAuthentication.COOKIE, value).httpOnly(true).sameSite("Lax").path("/")
                .secure(secureCookies).maxAge(age).build();
    }
}
