package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.insights.kpi.Kpi;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.KpiQuery;
import io.touchpoint.insights.kpi.KpiRow;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.PiiMask;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.InteractionSummary;
import io.touchpoint.store.Journey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Customers and their journeys, agents, their desktop timelines and scorecards. */
final class PeopleRoutes {

    record CustomerDetail(String id, String name, String email, String phone, String handle, boolean masked,
            String plan, String contractType, Integer tenureMonths, LocalDate contractEnd, Double monthlyCharge,
            Boolean churned) {
    }

    record JourneyView(String customerKey, String customerId, CustomerDetail customer, int hiddenInteractions,
            List<InteractionViews.Summary> interactions) {
    }

    record AgentView(String id, String name, String team, String skill, long interactions) {
    }

    record DesktopEventView(Instant timestamp, String type, String application, String processName, String url,
            String interactionId) {
    }

    record Timeline(String agentId, int total, List<DesktopEventView> events) {
    }

    record Scorecard(String agentId, Instant from, Instant to, long interactions, Map<String, Double> kpis,
            Map<String, Long> compliance, Map<String, Long> behavioursMissing) {
    }

    private final ServerContext context;

    PeopleRoutes(ServerContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/customers/{id}", this::customer, Permission.READ_CUSTOMERS);
        routes.get("/api/journeys/{customerKey}", this::journey, Permission.READ_CUSTOMERS);
        routes.get("/api/agents", this::agents, Permission.READ_INTERACTIONS);
        routes.get("/api/agents/{id}/desktop", this::desktop, Permission.READ_DESKTOP);
        routes.get("/api/agents/{id}/scorecard", this::scorecard, Permission.READ_SCORECARD);
    }

    private CustomerDetail customerDetail(Customer customer, boolean unmasked) {
        return new CustomerDetail(customer.id(), unmasked ? customer.name() : PiiMask.name(customer.name()),
                unmasked ? customer.email() : PiiMask.email(customer.email()),
                unmasked ? customer.phone() : PiiMask.phone(customer.phone()),
                unmasked ? customer.handle() : PiiMask.handle(customer.handle()), !unmasked, customer.plan(),
                customer.contractType(), customer.tenureMonths(), customer.contractEnd(), customer.monthlyCharge(),
                customer.churned());
    }

    private boolean unmask(Context ctx, User user) {
        boolean unmask = new Parameters(ctx).flag("unmask");
        if (unmask && !user.can(Permission.UNMASK_PII)) {
            throw ApiException.forbidden("the " + user.role().id() + " role may not see unmasked personal data");
        }
        return unmask;
    }

    /** A scoped caller sees a customer only when one of their agents handled one of the customer's contacts. */
    private void customer(Context ctx) {
        User user = Authenticator.user(ctx);
        boolean unmask = unmask(ctx, user);
        String id = ctx.pathParam("id");
        Customer customer = context.store().customer(id).orElseThrow(() -> ApiException.notFound("no customer " + id));
        DataScope scope = context.scopes().of(user);
        if (scope instanceof DataScope.Agents) {
            boolean served = context.store().journey(id).interactions().stream()
                    .anyMatch(summary -> scope.allowsAgent(summary.agentId()));
            if (!served) {
                throw ApiException.forbidden("customer " + id + " has no interactions with your agents");
            }
        }
        context.audit().record(user, unmask ? "pii.unmask" : "customer.read", "customer:" + id, "");
        ctx.json(customerDetail(customer, unmask));
    }

    private void journey(Context ctx) {
        User user = Authenticator.user(ctx);
        boolean unmask = unmask(ctx, user);
        String key = ctx.pathParam("customerKey");
        Journey journey = context.store().journey(key);
        DataScope scope = context.scopes().of(user);
        List<InteractionViews.Summary> visible = new ArrayList<>();
        int hidden = 0;
        for (InteractionSummary summary : journey.interactions()) {
            if (scope.allowsAgent(summary.agentId())) {
                visible.add(new InteractionViews.Summary(summary.id(), summary.channel().wireName(),
                        summary.direction().wireName(), summary.startedAt(), summary.endedAt(), summary.agentId(),
                        summary.queue(), journey.resolvedCustomerId().orElse(null), summary.turns(), summary.preview()));
            } else {
                hidden++;
            }
        }
        if (journey.interactions().isEmpty() && journey.customer().isEmpty()) {
            throw ApiException.notFound("no customer or interactions known by '" + key + "'");
        }
        if (visible.isEmpty() && scope instanceof DataScope.Agents) {
            throw ApiException.forbidden("customer '" + key + "' has no interactions with your agents");
        }
        context.audit().record(user, unmask ? "pii.unmask" : "journey.read", "customer:" + key, "");
        ctx.json(new JourneyView(key, journey.resolvedCustomerId().orElse(null),
                journey.customer().map(customer -> customerDetail(customer, unmask)).orElse(null), hidden, visible));
    }

    private void agents(Context ctx) {
        User user = Authenticator.user(ctx);
        ScopeFilter filter = ScopeFilter.of(context.scopes().of(user), "a.id");
        List<AgentView> agents = new ArrayList<>();
        try (Connection connection = context.store().openReader();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT a.id, a.name, a.team, a.skill, (SELECT count(*) FROM interactions i WHERE i.agent_id = a.id) "
                                + "FROM agents a WHERE " + filter.sql() + " ORDER BY a.team, a.id")) {
            filter.bind(query, 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    agents.add(new AgentView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("cannot list agents: " + e.getMessage(), e);
        }
        context.audit().record(user, "agents.list", "agents", "");
        ctx.json(agents);
    }

    private String visibleAgent(Context ctx, User user) {
        String agentId = ctx.pathParam("id");
        if (!context.scopes().of(user).allowsAgent(agentId)) {
            context.audit().record(user, "agent.denied", "agent:" + agentId, "outside the caller's scope");
            throw ApiException.forbidden("agent " + agentId + " is outside your scope");
        }
        return agentId;
    }

    private void desktop(Context ctx) {
        User user = Authenticator.user(ctx);
        String agentId = visibleAgent(ctx, user);
        Parameters parameters = new Parameters(ctx);
        Instant from = parameters.instant("from");
        Instant to = parameters.instant("to");
        String interaction = parameters.text("interaction");
        int limit = parameters.integer("limit", 1_000, 1, 10_000);
        List<DesktopEventView> events = new ArrayList<>();
        int total = 0;
        for (DesktopEvent event : context.store().desktopEvents(agentId)) {
            if ((from != null && event.timestamp().isBefore(from)) || (to != null && !event.timestamp().isBefore(to))
                    || (interaction != null && !interaction.equals(event.interactionId()))) {
                continue;
            }
            total++;
            if (events.size() < limit) {
                events.add(new DesktopEventView(event.timestamp(), event.type().name().toLowerCase(java.util.Locale.ROOT),
                        event.application(), event.processName(), event.url(), event.interactionId()));
            }
        }
        context.audit().record(user, "desktop.read", "agent:" + agentId, ctx.queryString() == null ? "" : ctx.queryString());
        ctx.json(new Timeline(agentId, total, events));
    }

    private void scorecard(Context ctx) {
        User user = Authenticator.user(ctx);
        String agentId = visibleAgent(ctx, user);
        Parameters parameters = new Parameters(ctx);
        Instant from = parameters.instant("from");
        Instant to = parameters.instant("to");
        KpiQuery query = KpiQuery.by(List.of()).between(from, to).withAgents(List.of(agentId));
        Map<String, Double> kpis = new LinkedHashMap<>();
        long volume = 0;
        try (Connection connection = context.store().openReader()) {
            List<KpiRow> rows = KpiEngine.run(connection, query).rows();
            if (!rows.isEmpty()) {
                volume = rows.getFirst().volume();
                for (Kpi kpi : Kpi.values()) {
                    rows.getFirst().value(kpi).ifPresent(value -> kpis.put(kpi.column(), value));
                }
            }
            Map<String, Long> compliance = findingCounts(connection, agentId, "compliance", null, from, to);
            Map<String, Long> missing = findingCounts(connection, agentId, "behaviour", "missing", from, to);
            context.audit().record(user, "scorecard.read", "agent:" + agentId, "");
            ctx.json(new Scorecard(agentId, from, to, volume, kpis, compliance, missing));
        } catch (SQLException e) {
            throw TouchpointException.external("cannot compute the scorecard of " + agentId + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> findingCounts(Connection connection, String agentId, String type, String label,
            Instant from, Instant to) throws SQLException {
        String sql = "SELECT f.name, count(DISTINCT f.interaction_id) FROM findings f JOIN interactions i "
                + "ON i.id = f.interaction_id WHERE i.agent_id = ? AND f.type = ?"
                + (label == null ? "" : " AND f.label = ?")
                + (from == null ? "" : " AND i.started_at >= ?") + (to == null ? "" : " AND i.started_at < ?")
                + " GROUP BY f.name ORDER BY 2 DESC, 1";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int index = 1;
            query.setString(index++, agentId);
            query.setString(index++, type);
            if (label != null) {
                query.setString(index++, label);
            }
            if (from != null) {
                query.setObject(index++, java.sql.Timestamp.from(from));
            }
            if (to != null) {
                query.setObject(index, java.sql.Timestamp.from(to));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
