package org.gongkai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.gongkai.workflow.Accounts;
import org.gongkai.lifecycle.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is asking, from the session cookie ({@value #COOKIE}) or an API token
 * ({@code Authorization: Bearer gkt_...}). Both are looked up in the database on every request, so
 * any server process answers for any session: no state lives in one node's memory.
 */
public final class TokenAuthentication extends OncePerRequestFilter {

    public static final String COOKIE = "GONGKAI_SESSION";

    /** The signed-in actor as Spring Security's authentication. */
    public static final class ActorAuthentication extends AbstractAuthenticationToken {
        private final Actor actor;
        private final boolean bearer;

        ActorAuthentication(Actor actor, boolean bearer) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
            this.actor = actor;
            this.bearer = bearer;
            setAuthenticated(true);
        }

        public Actor actor() {
            return actor;
        }

        public boolean bearer() {
            return bearer;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return actor;
        }
    }

    private final Accounts accounts;

    public TokenAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = bearer(request);
        Optional<Actor> actor = Optional.empty();
        boolean bearer = token != null;
        if (bearer) {
            actor = accounts.token(token);
        } else {
            String session = sessionToken(request);
            if (session != null) {
                actor = accounts.session(session);
            }
        }
        if (actor.isPresent()) {
            SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor.get(), bearer));
        }
        chain.doFilter(request, response);
    }

    /** The token of an {@code Authorization: Bearer} header, or null without one. */
    public static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }

    public static String sessionToken(HttpServletRequest request) {
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

    /** The actor of the current request, or the public. */
    public static Actor current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof ActorAuthentication a ? a.actor() : Actor.PUBLIC;
    }
}
