package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.Role;
import io.touchpoint.server.auth.User;
import io.touchpoint.server.auth.UserDirectory;
import io.touchpoint.store.AuditEntry;
import io.touchpoint.store.AuditQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** The audit log, users and API tokens. */
final class AdminRoutes {

    record AuditPage(boolean chainIntact, Long brokenAtSeq, List<AuditEntry> entries) {
    }

    record NewUser(String username, String displayName, String role, String agentId, List<String> teams,
            String password) {
    }

    record NewToken(String label) {
    }

    private final ServerContext context;
    /** AuditLog reads go through the store's one shared connection: one at a time. */
    private final Object auditReadLock = new Object();

    AdminRoutes(ServerContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/audit", this::audit, Permission.READ_AUDIT);
        routes.get("/api/users", this::users, Permission.MANAGE_USERS);
        routes.post("/api/users", this::createUser, Permission.MANAGE_USERS);
        routes.delete("/api/users/{username}", this::disableUser, Permission.MANAGE_USERS);
        routes.get("/api/tokens", this::tokens, Permission.AUTHENTICATED);
        routes.post("/api/tokens", this::createToken, Permission.AUTHENTICATED);
        routes.delete("/api/tokens/{tokenId}", this::revokeToken, Permission.AUTHENTICATED);
    }

    private void audit(Context ctx) {
        User user = Authenticator.user(ctx);
        Parameters parameters = new Parameters(ctx);
        AuditQuery query = AuditQuery.latest(parameters.integer("limit", 100, 1, 10_000))
                .byActor(parameters.text("actor")).withActionPrefix(parameters.text("action"))
                .onTarget(parameters.text("target"));
        Instant from = parameters.instant("from");
        Instant to = parameters.instant("to");
        if (from != null || to != null) {
            query = query.between(from, to);
        }
        List<AuditEntry> entries;
        OptionalLong broken;
        synchronized (auditReadLock) {
            // Reading the audit log is itself audited, before the read so the reader sees it.
            context.audit().record(user, "audit.read", "audit_log", ctx.queryString() == null ? "" : ctx.queryString());
            entries = context.store().audit().read(query);
            broken = parameters.flag("verify") ? context.store().audit().verify() : OptionalLong.empty();
        }
        ctx.json(new AuditPage(broken.isEmpty(), broken.isPresent() ? broken.getAsLong() : null, entries));
    }

    private void users(Context ctx) {
        ctx.json(context.users().users().stream().map(AuthRoutes.UserView::of).toList());
    }

    private void createUser(Context ctx) {
        User admin = Authenticator.user(ctx);
        NewUser body = ctx.bodyAsClass(NewUser.class);
        if (body.password() == null) {
            throw ApiException.badRequest("give the new user's password (at least 8 characters)");
        }
        User user;
        try {
            Set<String> teams = body.teams() == null ? Set.of() : new HashSet<>(body.teams());
            user = new User(body.username(), body.displayName(), Role.parse(body.role()), body.agentId(), teams);
        } catch (NullPointerException e) {
            throw ApiException.badRequest("give username and role (" + e.getMessage() + ")");
        }
        context.users().create(user, body.password().toCharArray());
        context.audit().record(admin, "user.create", "user:" + user.username(), "role " + user.role().id());
        ctx.status(201).json(AuthRoutes.UserView.of(user));
    }

    private void disableUser(Context ctx) {
        User admin = Authenticator.user(ctx);
        String username = ctx.pathParam("username");
        if (username.equals(admin.username())) {
            throw ApiException.conflict("you cannot disable yourself");
        }
        context.users().disable(username);
        context.sessions().endAll(username);
        context.audit().record(admin, "user.disable", "user:" + username, "");
        ctx.status(204);
    }

    private void tokens(Context ctx) {
        ctx.json(context.users().tokens(Authenticator.user(ctx).username()));
    }

    /** A token for the caller; the secret is in this response only. */
    private void createToken(Context ctx) {
        User user = Authenticator.user(ctx);
        String body = ctx.body();
        String label = body.isBlank() ? null : ctx.bodyAsClass(NewToken.class).label();
        UserDirectory.IssuedToken token = context.users().createToken(user.username(), label);
        context.audit().record(user, "token.create", "token:" + token.tokenId(), token.label());
        ctx.status(201).json(Map.of("tokenId", token.tokenId(), "token", token.secret(), "label", token.label(),
                "username", token.username()));
    }

    private void revokeToken(Context ctx) {
        User user = Authenticator.user(ctx);
        String tokenId = ctx.pathParam("tokenId");
        boolean own = context.users().tokens(user.username()).stream().anyMatch(t -> t.tokenId().equals(tokenId));
        if (!own && !user.can(Permission.MANAGE_USERS)) {
            throw ApiException.notFound("you have no token " + tokenId);
        }
        if (!context.users().revokeToken(tokenId)) {
            throw ApiException.notFound("no live token " + tokenId);
        }
        context.audit().record(user, "token.revoke", "token:" + tokenId, "");
        ctx.status(204);
    }
}
