package org.gongkai.server.security;

import org.gongkai.server.problem.ProblemDetails;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.workflow.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what. Sessions and tokens are checked against the database on every request
 * ({@link TokenAuthentication}); nothing is kept in the server's memory. Browser requests that
 * carry the session cookie need the CSRF token (cookie {@code XSRF-TOKEN}, header
 * {@code X-XSRF-TOKEN}, bound to the session by {@link SessionCsrfTokens}) for anything but
 * reading; scripts with a bearer token do not, as no browser sends that header on its own. The finer rules (whose drafts, which region) are the workflow's.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** The largest request body accepted outside uploads. */
    public static final long MAX_BODY = 5L * 1024 * 1024;

    @Bean
    SessionCsrfTokens csrfTokens(@Value("${gongkai.secure-cookies:false}") boolean secureCookies) {
        return new SessionCsrfTokens(secureCookies);
    }

    /** The limits of the costly endpoints, from the settings (application.properties lists the defaults). */
    @Bean
    CostlyRequests.Limits costlyLimits(
            @Value("${gongkai.limits.validate.per-account:120}") int validatePerAccount,
            @Value("${gongkai.limits.validate.per-address:240}") int validatePerAddress,
            @Value("${gongkai.limits.preview.per-account:30}") int previewPerAccount,
            @Value("${gongkai.limits.preview.per-address:60}") int previewPerAddress,
            @Value("${gongkai.limits.import.per-account:10}") int importPerAccount,
            @Value("${gongkai.limits.import.per-address:30}") int importPerAddress) {
        return new CostlyRequests.Limits(validatePerAccount, validatePerAddress, previewPerAccount, previewPerAddress,
                importPerAccount, importPerAddress);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, SessionCsrfTokens csrfTokens,
            CostlyRequests.Limits limits, java.time.Clock clock) throws Exception {
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(SecurityConfiguration::withoutSessionCookie))
                // the caller is known before the CSRF check, so that what costs (an upload's parsing,
                // which the CSRF check would start by looking for a form field) is refused first
                .addFilterBefore(new TokenAuthentication(accounts), org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterAfter(new CostlyRequests(new RateLimits(clock), limits), TokenAuthentication.class)
                .addFilterBefore(new BodyLimit(), TokenAuthentication.class)
                .addFilterAfter(new CsrfCookie(), org.springframework.security.web.csrf.CsrfFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/users/**", "/api/tokens/**", "/api/audit").authenticated()
                        // signing in and out and validating are open; every other write needs a caller,
                        // checked here, before a controller reads the body
                        .requestMatchers(HttpMethod.POST, "/api/session", "/api/validate").permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/session").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.PATCH, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, failure) -> ProblemDetails.write(response,
                                ProblemDetails.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "请先登录 (sign in first)",
                                        "this needs a signed-in user or an API token")))
                        .accessDeniedHandler((request, response, failure) -> ProblemDetails.write(response,
                                failure instanceof CsrfException
                                        ? ProblemDetails.problem(HttpStatus.FORBIDDEN, "csrf", "CSRF校验失败 (CSRF check failed)",
                                                "send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header")
                                        : ProblemDetails.problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 (forbidden)",
                                                "not allowed for your role"))))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * Whether the request is not signed in by the session cookie, so needs no CSRF token: it sends
     * a bearer token (which then signs it in, the cookie unread) or no session cookie at all. Any
     * other Authorization header (Basic, Negotiate) leaves the cookie signing it in, so the check.
     */
    static boolean withoutSessionCookie(HttpServletRequest request) {
        return TokenAuthentication.bearer(request) != null || TokenAuthentication.sessionToken(request) == null;
    }

    /** Hands every response the CSRF cookie, so that a page or script has it before its first write. */
    static final class CsrfCookie extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            Object token = request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
            if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf) {
                csrf.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Refuses bodies larger than {@link #MAX_BODY} (uploads have their own multipart limit): at once
     * when the Content-Length says so, and while it is read when the body comes in chunks, so that
     * no body is buffered beyond the limit ({@link BodyTooLarge}, answered with 413).
     */
    static final class BodyLimit extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            String type = request.getContentType();
            boolean multipart = type != null && type.startsWith("multipart/");
            if (!multipart && request.getContentLengthLong() > MAX_BODY) {
                ProblemDetails.write(response, tooLarge());
                return;
            }
            chain.doFilter(multipart ? request : new LimitedBody(request), response);
        }
    }

    public static org.springframework.http.ProblemDetail tooLarge() {
        return ProblemDetails.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "请求过大 (request too large)",
                "bodies are limited to " + MAX_BODY + " bytes");
    }

    /** A body read past {@link #MAX_BODY} bytes. */
    public static final class BodyTooLarge extends java.io.IOException {
        BodyTooLarge() {
            super("the body is larger than " + MAX_BODY + " bytes");
        }
    }

    /** The request with its body counted as it is read. */
    static final class LimitedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
        private jakarta.servlet.ServletInputStream limited;

        LimitedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws java.io.IOException {
            if (limited == null) {
                jakarta.servlet.ServletInputStream in = super.getInputStream();
                limited = new jakarta.servlet.ServletInputStream() {
                    private long read;

                    private int counted(int n) throws java.io.IOException {
                        if (n > 0) {
                            read += n;
                            if (read > MAX_BODY) {
                                throw new BodyTooLarge();
                            }
                        }
                        return n;
                    }

                    @Override
                    public int read() throws java.io.IOException {
                        int b = in.read();
                        if (b >= 0) {
                            counted(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                        return counted(in.read(buffer, offset, length));
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }

        @Override
        public java.io.BufferedReader getReader() throws java.io.IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
