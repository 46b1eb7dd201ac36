package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /api/stats}: what the caller can see, in counts. */
final class StatsRoutes {

    /** Counts within the caller's scope. */
    record Stats(long interactions, Map<String, Long> byChannel, Instant firstStartedAt, Instant lastStartedAt,
            long customers, long agents, long findings) {
    }

    private final ServerContext context;

    StatsRoutes(ServerContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/stats", this::stats, Permission.READ_INTERACTIONS);
    }

    private void stats(Context ctx) {
        DataScope scope = context.scopes().of(Authenticator.user(ctx));
        ctx.json(stats(scope));
    }

    Stats stats(DataScope scope) {
        ScopeFilter filter = ScopeFilter.of(scope, "agent_id");
        try (Connection connection = context.store().openReader()) {
            Map<String, Long> byChannel = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT channel, count(*) FROM interactions WHERE " + filter.sql() + " GROUP BY channel")) {
                filter.bind(query, 1);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        byChannel.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*), min(started_at), max(started_at), count(DISTINCT resolved_customer_id), "
                            + "count(DISTINCT agent_id), (SELECT count(DISTINCT f.interaction_id || ':' || f.finding_index) "
                            + "FROM findings f WHERE f.interaction_id IN (SELECT id FROM interactions WHERE "
                            + filter.sql() + ")) FROM interactions WHERE " + filter.sql())) {
                int next = filter.bind(query, 1);
                filter.bind(query, next);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    Timestamp first = rows.getTimestamp(2);
                    Timestamp last = rows.getTimestamp(3);
                    return new Stats(rows.getLong(1), byChannel, first == null ? null : first.toInstant(),
                            last == null ? null : last.toInstant(), rows.getLong(4), rows.getLong(5), rows.getLong(6));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("cannot count the interactions: " + e.getMessage(), e);
        }
    }
}
