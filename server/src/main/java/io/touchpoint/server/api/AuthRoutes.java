package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.Sessions;
import io.touchpoint.server.auth.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sign in and out, and who am I. */
final class AuthRoutes {

    /** A signed-in user as the API shows them. */
    record UserView(String username, String displayName, String role, String agentId, List<String> teams,
            List<String> permissions) {

        static UserView of(User user) {
            return new UserView(user.username(), user.displayName(), user.role().id(), user.agentId(),
                    user.teams().stream().sorted().toList(),
                    user.role().permissions().stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                            .sorted().toList());
        }
    }

    private final ServerContext context;

    AuthRoutes(ServerContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    void register(RoutesConfig routes) {
        routes.post("/api/login", this::login);
        routes.post("/api/logout", this::logout, Permission.AUTHENTICATED);
        routes.get("/api/me", ctx -> ctx.json(UserView.of(Authenticator.user(ctx))), Permission.AUTHENTICATED);
    }

    /** JSON {@code {"username":..,"password":..}} or a form post; sets the session cookie. */
    private void login(Context ctx) {
        String username;
        String password;
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = ctx.bodyAsClass(Map.class);
            username = body.get("username") instanceof String s ? s : null;
            password = body.get("password") instanceof String s ? s : null;
        } else {
            username = ctx.formParam("username");
            password = ctx.formParam("password");
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.badRequest("give a username and a password");
        }
        Optional<User> user = context.users().authenticate(username, password.toCharArray());
        if (user.isEmpty()) {
            context.audit().record(username.strip(), "auth.login-failed", "user:" + username.strip(),
                    "from " + ctx.ip());
            throw ApiException.unauthorized("unknown user or wrong password");
        }
        String sessionId = context.sessions().start(user.get().username());
        ctx.cookie(new Cookie(Sessions.COOKIE, sessionId, "/", -1, false, true, null, SameSite.LAX));
        context.audit().record(user.get().username(), "auth.login", "user:" + user.get().username(),
                "from " + ctx.ip());
        ctx.json(UserView.of(user.get()));
    }

    private void logout(Context ctx) {
        User user = Authenticator.user(ctx);
        context.sessions().end(ctx.cookie(Sessions.COOKIE));
        ctx.removeCookie(Sessions.COOKIE, "/");
        context.audit().record(user.username(), "auth.logout", "user:" + user.username(), "");
        ctx.status(204);
    }
}
