package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.SearchHit;
import io.touchpoint.store.SearchRequest;
import io.touchpoint.store.SearchResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Interactions (list, detail with findings and evidence, PII spans) and full-text search. */
final class InteractionRoutes {

    static final int MAX_PAGE = 500;

    record Page(long total, int limit, int offset, List<InteractionViews.Summary> items) {
    }

    /** A redacted span: type and where it was in the original text (the original is not stored). */
    record PiiSpanView(String type, int turnIndex, int charStart, int charEnd, long startMs, long endMs,
            double confidence) {
    }

    record PiiView(String interactionId, boolean originalsStored, String note, List<PiiSpanView> spans) {
    }

    record Hit(String interactionId, int turnIndex, String speaker, String channel, Instant startedAt, String agentId,
            String queue, String snippet, float score) {
    }

    record SearchPage(String query, long totalHits, List<Hit> hits) {
    }

    private final ServerContext context;

    InteractionRoutes(ServerContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/interactions", this::list, Permission.READ_INTERACTIONS);
        routes.get("/api/interactions/{id}", this::detail, Permission.READ_INTERACTIONS);
        routes.get("/api/interactions/{id}/pii", this::pii, Permission.UNMASK_PII);
        routes.get("/api/search", this::search, Permission.READ_INTERACTIONS);
    }

    // ------------------------------------------------------------------------------ list

    private void list(Context ctx) {
        User user = Authenticator.user(ctx);
        DataScope scope = context.scopes().of(user);
        Parameters parameters = new Parameters(ctx);
        int limit = parameters.integer("limit", 50, 1, MAX_PAGE);
        int offset = parameters.integer("offset", 0, 0, Integer.MAX_VALUE);
        Channel channel = parameters.channel("channel");
        StringBuilder where = new StringBuilder(" WHERE ");
        ScopeFilter filter = ScopeFilter.of(scope, "i.agent_id");
        where.append(filter.sql());
        List<Object> values = new ArrayList<>(filter.parameters());
        condition(where, values, "i.channel = ?", channel == null ? null : channel.wireName());
        condition(where, values, "i.queue = ?", parameters.text("queue"));
        condition(where, values, "i.agent_id = ?", parameters.text("agent"));
        condition(where, values, "i.agent_id IN (SELECT id FROM agents WHERE team = ?)", parameters.text("team"));
        condition(where, values, "i.resolved_customer_id = ?", parameters.text("customer"));
        Instant from = parameters.instant("from");
        Instant to = parameters.instant("to");
        condition(where, values, "i.started_at >= ?", from == null ? null : Timestamp.from(from));
        condition(where, values, "i.started_at < ?", to == null ? null : Timestamp.from(to));
        String category = parameters.text("category");
        if (category != null) {
            where.append(" AND EXISTS (SELECT 1 FROM findings f WHERE f.interaction_id = i.id AND f.type = 'category'"
                    + " AND (f.name = ? OR starts_with(f.name, ?)))");
            values.add(category);
            values.add(category + "/");
        }
        String event = parameters.text("event");
        if (event != null) {
            where.append(" AND EXISTS (SELECT 1 FROM findings f WHERE f.interaction_id = i.id"
                    + " AND f.type IN ('event', 'compliance') AND f.name = ?)");
            values.add(event);
        }
        try (Connection connection = context.store().openReader()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM interactions i" + where)) {
                bind(count, values);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<InteractionViews.Summary> items = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement(
                    "SELECT i.id, i.channel, i.direction, i.started_at, i.ended_at, i.agent_id, i.queue, "
                            + "i.resolved_customer_id, i.turn_count, i.preview FROM interactions i" + where
                            + " ORDER BY i.started_at DESC, i.id LIMIT " + limit + " OFFSET " + offset)) {
                bind(page, values);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        Timestamp ended = rows.getTimestamp(5);
                        items.add(new InteractionViews.Summary(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getTimestamp(4).toInstant(), ended == null ? null : ended.toInstant(),
                                rows.getString(6), rows.getString(7), rows.getString(8), rows.getInt(9),
                                rows.getString(10)));
                    }
                }
            }
            context.audit().record(user, "interactions.list", "interactions",
                    ctx.queryString() == null ? "" : ctx.queryString());
            ctx.json(new Page(total, limit, offset, items));
        } catch (SQLException e) {
            throw TouchpointException.external("cannot list interactions: " + e.getMessage(), e);
        }
    }

    private static void condition(StringBuilder where, List<Object> values, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            values.add(value);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    // ------------------------------------------------------------------------------ detail

    /** The interaction when it exists and the caller may see it: 404 or 403 otherwise. */
    static Interaction visibleInteraction(ServerContext context, User user, String id) {
        Interaction interaction = context.store().interaction(id)
                .orElseThrow(() -> ApiException.notFound("no interaction " + id));
        if (!context.scopes().of(user).allowsAgent(interaction.agentId())) {
            context.audit().record(user, "interaction.denied", "interaction:" + id, "outside the caller's scope");
            throw ApiException.forbidden("interaction " + id + " belongs to an agent outside your "
                    + (user.role() == io.touchpoint.server.auth.Role.AGENT ? "own interactions" : "teams"));
        }
        return interaction;
    }

    private void detail(Context ctx) {
        User user = Authenticator.user(ctx);
        String id = ctx.pathParam("id");
        boolean unmask = new Parameters(ctx).flag("unmask");
        if (unmask && !user.can(Permission.UNMASK_PII)) {
            throw ApiException.forbidden("the " + user.role().id() + " role may not see unmasked personal data");
        }
        Interaction interaction = visibleInteraction(context, user, id);
        List<Finding> findings = context.store().findings(id);
        context.audit().record(user, unmask ? "pii.unmask" : "interaction.read", "interaction:" + id,
                unmask ? "customer identifiers shown unmasked" : "");
        ctx.json(InteractionViews.detail(interaction, findings, unmask));
    }

    private void pii(Context ctx) {
        User user = Authenticator.user(ctx);
        String id = ctx.pathParam("id");
        visibleInteraction(context, user, id);
        List<PiiSpanView> spans = new ArrayList<>();
        for (Finding finding : context.store().findings(id)) {
            if (finding.type().equals("pii")) {
                for (var evidence : finding.evidence()) {
                    spans.add(new PiiSpanView(finding.name(), evidence.turnIndex(), evidence.charStart(),
                            evidence.charEnd(), evidence.startMs(), evidence.endMs(), finding.confidence()));
                }
            }
        }
        context.audit().record(user, "pii.unmask", "interaction:" + id, spans.size() + " redacted spans listed");
        ctx.json(new PiiView(id, false, "Touchpoint redacts transcripts before they are stored and never keeps the "
                + "original values: this lists each redaction's type and its place in the original text "
                + "(turn, characters, milliseconds).", spans));
    }

    // ------------------------------------------------------------------------------ search

    private void search(Context ctx) {
        User user = Authenticator.user(ctx);
        DataScope scope = context.scopes().of(user);
        Parameters parameters = new Parameters(ctx);
        String query = parameters.required("q");
        int limit = parameters.integer("limit", 20, 1, 1_000);
        String agent = parameters.text("agent");
        if (agent != null && !scope.allowsAgent(agent)) {
            throw ApiException.forbidden("agent " + agent + " is outside your scope");
        }
        // A scoped caller searches each of their agents; the totals add up because an interaction
        // has one agent.
        List<String> agents = agent != null ? List.of(agent)
                : scope instanceof DataScope.Agents scoped ? scoped.agentIds().stream().sorted().toList()
                : java.util.Collections.singletonList((String) null);
        long total = 0;
        List<SearchHit> hits = new ArrayList<>();
        for (String agentId : agents) {
            SearchResult result = context.store().search(new SearchRequest(query, parameters.channel("channel"),
                    parameters.speaker("speaker"), agentId, parameters.instant("from"), parameters.instant("to"),
                    limit));
            total += result.totalHits();
            hits.addAll(result.hits());
        }
        List<Hit> views = hits.stream().sorted(Comparator.comparingDouble((SearchHit hit) -> -hit.score()))
                .limit(limit)
                .map(hit -> new Hit(hit.interactionId(), hit.turnIndex(), hit.speaker().wireName(),
                        hit.channel().wireName(), hit.startedAt(), hit.agentId(), hit.queue(), hit.snippet(),
                        hit.score()))
                .toList();
        context.audit().record(user, "search", "turns", query);
        ctx.json(new SearchPage(query, total, views));
    }
}
