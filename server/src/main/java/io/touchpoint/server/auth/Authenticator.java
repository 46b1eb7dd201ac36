package io.touchpoint.server.auth;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import io.touchpoint.server.ApiException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route: finds who is calling (an {@code Authorization: Bearer} API
 * token, or the dashboard's session cookie), then checks the route's {@link Permission}. A route
 * registered without a permission is public. Handlers read the caller with {@link #user(Context)}.
 *
 * <p>An unauthenticated call gets 401 (JSON) under {@code /api}, and a browser asking for a page
 * elsewhere is redirected to {@code /login?next=...}; a signed-in user without the permission gets
 * 403 either way.
 */
public final class Authenticator {

    private static final String USER_ATTRIBUTE = "touchpoint.user";
    private static final String VIA_ATTRIBUTE = "touchpoint.auth-via";

    private final UserDirectory users;
    private final Sessions sessions;

    public Authenticator(UserDirectory users, Sessions sessions) {
        this.users = requireNonNull(users, "users is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    /** The {@code beforeMatched} handler. */
    public void check(Context ctx) {
        Optional<User> user = identify(ctx);
        user.ifPresent(found -> ctx.attribute(USER_ATTRIBUTE, found));
        Set<RouteRole> required = ctx.routeRoles();
        if (required.isEmpty()) {
            return;
        }
        if (user.isEmpty()) {
            if (!ctx.path().startsWith("/api") && "GET".equals(ctx.method().name())) {
                String next = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
                ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.FOUND);
                ctx.skipRemainingHandlers();
                return;
            }
            throw ApiException.unauthorized("sign in first: POST /api/login, or send an API token as "
                    + "'Authorization: Bearer <token>'");
        }
        for (RouteRole role : required) {
            if (role instanceof Permission permission && user.get().can(permission)) {
                return;
            }
        }
        throw ApiException.forbidden("the " + user.get().role().id() + " role may not " + describe(required));
    }

    /**
     * The user behind an {@code Authorization} header value or a session cookie value (either may
     * be null), for connections that do not pass through {@link #check} (WebSockets).
     */
    public Optional<User> identify(String authorization, String sessionId) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return users.userOfToken(authorization.substring(7).strip());
        }
        return sessionId == null ? Optional.empty() : sessions.username(sessionId).flatMap(users::user);
    }

    private Optional<User> identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<User> user = users.userOfToken(authorization.substring(7).strip());
            if (user.isEmpty()) {
                throw ApiException.unauthorized("the API token is unknown or revoked");
            }
            ctx.attribute(VIA_ATTRIBUTE, "token");
            return user;
        }
        String sessionId = ctx.cookie(Sessions.COOKIE);
        if (sessionId != null) {
            Optional<User> user = sessions.username(sessionId).flatMap(users::user);
            if (user.isPresent()) {
                ctx.attribute(VIA_ATTRIBUTE, "session");
            }
            return user;
        }
        return Optional.empty();
    }

    private static String describe(Set<RouteRole> required) {
        return required.stream().map(role -> role.toString().toLowerCase(Locale.ROOT).replace('_', ' '))
                .sorted().reduce((a, b) -> a + " or " + b).orElse("do this");
    }

    /**
     * The signed-in caller of a route that required a permission.
     *
     * @throws ApiException 401 when nobody is signed in (only on public routes)
     */
    public static User user(Context ctx) {
        User user = ctx.attribute(USER_ATTRIBUTE);
        if (user == null) {
            throw ApiException.unauthorized("sign in first");
        }
        return user;
    }

    /** The caller when signed in, on any route (public ones too). */
    public static Optional<User> optionalUser(Context ctx) {
        return Optional.ofNullable(ctx.attribute(USER_ATTRIBUTE));
    }
}
