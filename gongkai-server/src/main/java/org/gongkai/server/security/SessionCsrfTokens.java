package org.gongkai.server.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token of a browser session, bound to it: the token is derived from the session's secret
 * (the HttpOnly cookie {@value TokenAuthentication#COOKIE}), so a token planted in the
 * {@value #COOKIE} cookie, or taken from another session, does not pass for this one. The page
 * reads the token from the {@value #COOKIE} cookie and sends it in the {@value #HEADER} header, as
 * before; the server recomputes it from the session cookie instead of trusting the other cookie.
 * Without a session the token is random: no write is signed in by cookie then.
 */
public final class SessionCsrfTokens implements CsrfTokenRepository {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    private static final String PARAMETER = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean secureCookies;

    public SessionCsrfTokens(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** The token of the session with this secret. */
    public static String tokenOf(String sessionSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("gongkai-csrf|" + sessionSecret).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        String session = TokenAuthentication.sessionToken(request);
        if (session != null) {
            return token(tokenOf(session));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return token(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** The token the request's session expects; null (so a new one is handed out) if the cookie holds another. */
    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        String held = cookie(request);
        String session = TokenAuthentication.sessionToken(request);
        if (session != null) {
            String expected = tokenOf(session);
            return expected.equals(held) ? token(expected) : null;
        }
        return held == null || held.isEmpty() ? null : token(held);
    }

    /**
     * Hands the token to the page in its cookie. Spring Security asks to remove the token whenever it
     * sees a caller signed in (to rotate it at sign-in); a session's token is its own and new with
     * the session, so that request is ignored while the session lasts.
     */
    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null && TokenAuthentication.sessionToken(request) != null) {
            return;
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(token == null ? "" : token.getToken(),
                token == null ? Duration.ZERO : null).toString());
    }

    /** The cookie handing a new session its token, set with the session cookie at sign-in. */
    public ResponseCookie cookieFor(String sessionSecret) {
        return cookie(tokenOf(sessionSecret), null);
    }

    private ResponseCookie cookie(String value, Duration age) {
        ResponseCookie.ResponseCookieBuilder b = ResponseCookie.from(COOKIE, value).httpOnly(false).sameSite("Lax")
                .path("/").secure(secureCookies);
        return (age == null ? b : b.maxAge(age)).build();
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    private static CsrfToken token(String value) {
        return new DefaultCsrfToken(HEADER, PARAMETER, value);
    }
}
