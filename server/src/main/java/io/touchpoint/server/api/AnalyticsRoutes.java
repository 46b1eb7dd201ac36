package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.insights.InsightsConfig;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.impact.QuantifySettings;
import io.touchpoint.insights.kpi.Kpi;
import io.touchpoint.insights.kpi.KpiDimension;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.KpiQuery;
import io.touchpoint.insights.kpi.KpiResult;
import io.touchpoint.insights.kpi.KpiRow;
import io.touchpoint.insights.opportunity.Opportunities;
import io.touchpoint.insights.opportunity.OpportunitySettings;
import io.touchpoint.insights.process.AlignmentSettings;
import io.touchpoint.insights.process.MiningSettings;
import io.touchpoint.insights.process.ProcessMining;
import io.touchpoint.insights.process.ProcessReportWriter;
import io.touchpoint.insights.process.StoreDesktopReader;
import io.touchpoint.insights.trend.AnomalySettings;
import io.touchpoint.insights.trend.RepeatRiseDetector;
import io.touchpoint.insights.trend.TrendReport;
import io.touchpoint.insights.trend.TrendSettings;
import io.touchpoint.rules.EventImpact;
import io.touchpoint.rules.EventImpactReport;
import io.touchpoint.rules.Rule;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.rules.Taxonomy;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** KPIs, categories, rules, reports (event impact, processes, opportunities, trends) and churn risk. */
final class AnalyticsRoutes {

    record KpiRowView(Map<String, String> dimensions, long volume, Map<String, Double> values) {
    }

    record KpiView(List<String> by, Instant from, Instant to, List<KpiRowView> rows) {
    }

    record CategoryView(String path, String name, int depth, long interactions, long rolledUp) {
    }

    record CategoriesView(long analyzedInteractions, List<CategoryView> categories, Map<String, Long> events,
            Map<String, Long> compliance, Map<String, Long> behavioursMissing) {
    }

    record RuleView(String id, String type, String findingName, String pack, String description) {
    }

    record AtRisk(String customerId, double probability, List<String> reasons, Double monthlyCharge) {
    }

    record ChurnView(boolean scored, double threshold, List<AtRisk> customers) {
    }

    private final ServerContext context;
    private final Supplier<RuleSet> rules;

    AnalyticsRoutes(ServerContext context, Supplier<RuleSet> rules) {
        this.context = requireNonNull(context, "context is null");
        this.rules = requireNonNull(rules, "rules is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/kpis", this::kpis, Permission.READ_ANALYTICS);
        routes.get("/api/categories", this::categories, Permission.READ_ANALYTICS);
        routes.get("/api/rules", this::rules, Permission.READ_ANALYTICS);
        routes.get("/api/reports/event-impact", this::eventImpact, Permission.READ_ANALYTICS);
        routes.get("/api/reports/processes", this::processes, Permission.READ_ANALYTICS);
        routes.get("/api/churn", this::churn, Permission.READ_ANALYTICS);
        routes.get("/api/reports/opportunities", this::opportunities, Permission.READ_ANALYTICS);
        routes.get("/api/reports/trends", this::trends, Permission.READ_ANALYTICS);
    }

    // ------------------------------------------------------------------------------ KPIs

    private void kpis(Context ctx) {
        User user = Authenticator.user(ctx);
        DataScope scope = context.scopes().of(user);
        Parameters parameters = new Parameters(ctx);
        List<KpiDimension> dimensions;
        try {
            dimensions = KpiDimension.parseList(parameters.text("by") == null ? "" : parameters.text("by"));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("query parameter 'by': " + e.getMessage());
        }
        Instant from = parameters.instant("from");
        Instant to = parameters.instant("to");
        List<String> agents = parameters.list("agent");
        if (scope instanceof DataScope.Agents scoped) {
            // A scoped caller's numbers come only from their agents; asking for others is refused.
            for (String agent : agents) {
                if (!scoped.allowsAgent(agent)) {
                    throw ApiException.forbidden("agent " + agent + " is outside your scope");
                }
            }
            if (agents.isEmpty()) {
                agents = scoped.agentIds().stream().sorted().toList();
            }
            if (agents.isEmpty()) {
                ctx.json(new KpiView(dimensions.stream().map(KpiDimension::wireName).toList(), from, to, List.of()));
                return;
            }
        }
        KpiQuery query = KpiQuery.by(dimensions).between(from, to).withChannels(parameters.list("channel"))
                .withQueues(parameters.list("queue")).withAgents(agents);
        KpiResult result;
        try (Connection connection = context.store().openReader()) {
            result = KpiEngine.run(connection, query);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot compute KPIs: " + e.getMessage(), e);
        }
        List<KpiRowView> rows = new ArrayList<>();
        for (KpiRow row : result.rows()) {
            Map<String, String> groups = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                groups.put(dimensions.get(i).wireName(), row.dimensionValues().get(i));
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Kpi kpi : Kpi.values()) {
                row.value(kpi).ifPresent(value -> values.put(kpi.column(), value));
            }
            rows.add(new KpiRowView(groups, row.volume(), values));
        }
        ctx.json(new KpiView(dimensions.stream().map(KpiDimension::wireName).toList(), from, to, rows));
    }

    // ------------------------------------------------------------------------------ categories and rules

    private void categories(Context ctx) {
        DataScope scope = context.scopes().of(Authenticator.user(ctx));
        ScopeFilter filter = ScopeFilter.of(scope, "i.agent_id");
        try (Connection connection = context.store().openReader()) {
            long analyzed;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM interactions i JOIN analysis_state a ON a.interaction_id = i.id WHERE "
                            + filter.sql())) {
                filter.bind(query, 1);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    analyzed = rows.getLong(1);
                }
            }
            Map<String, Long> categoryCounts = counts(connection, filter, "category", null);
            Taxonomy taxonomy = rules.get().taxonomy();
            Map<String, Long> rolledUp = taxonomy.rollUp(categoryCounts);
            List<CategoryView> categories = new ArrayList<>();
            for (Taxonomy.Node node : taxonomy.nodes()) {
                long own = categoryCounts.getOrDefault(node.path(), 0L);
                categories.add(new CategoryView(node.path(), node.name(), node.depth(), own,
                        rolledUp.getOrDefault(node.path(), own)));
            }
            ctx.json(new CategoriesView(analyzed, categories, counts(connection, filter, "event", null),
                    counts(connection, filter, "compliance", null), counts(connection, filter, "behaviour", "missing")));
        } catch (SQLException e) {
            throw TouchpointException.external("cannot count categories: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> counts(Connection connection, ScopeFilter filter, String type, String label)
            throws SQLException {
        String sql = "SELECT f.name, count(DISTINCT f.interaction_id) AS n FROM findings f JOIN interactions i "
                + "ON i.id = f.interaction_id WHERE f.type = ?" + (label == null ? "" : " AND f.label = ?")
                + " AND " + filter.sql() + " GROUP BY f.name ORDER BY n DESC, f.name";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int index = 1;
            query.setString(index++, type);
            if (label != null) {
                query.setString(index++, label);
            }
            filter.bind(query, index);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private void rules(Context ctx) {
        List<RuleView> views = new ArrayList<>();
        for (Rule rule : rules.get().rules()) {
            views.add(new RuleView(rule.id(), rule.type().name().toLowerCase(java.util.Locale.ROOT),
                    rule.findingName(), rule.pack(), rule.description()));
        }
        ctx.json(views);
    }

    // ------------------------------------------------------------------------------ reports

    private void eventImpact(Context ctx) {
        DataScope scope = context.scopes().of(Authenticator.user(ctx));
        int limit = new Parameters(ctx).integer("limit", 2_000, 1, 50_000);
        ScopeFilter filter = ScopeFilter.of(scope, "i.agent_id");
        List<String> ids = new ArrayList<>();
        try (Connection connection = context.store().openReader();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT i.id FROM interactions i JOIN analysis_state a ON a.interaction_id = i.id WHERE "
                                + filter.sql() + " ORDER BY i.started_at DESC, i.id LIMIT " + limit)) {
            filter.bind(query, 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("cannot list analyzed interactions: " + e.getMessage(), e);
        }
        List<AnalyzedInteraction> analyzed = new ArrayList<>(ids.size());
        Map<String, List<Finding>> findings = context.store().findings(ids, analyzersOfEventImpact());
        for (Interaction interaction : context.store().interactions(ids)) {
            analyzed.add(new AnalyzedInteraction(interaction, findings.getOrDefault(interaction.id(), List.of())));
        }
        EventImpactReport report = EventImpact.compute(analyzed);
        ctx.json(report);
    }

    /** Event impact reads events, sentiment, emotions and metrics. */
    private static List<String> analyzersOfEventImpact() {
        return List.of(RuleSet.ANALYZER_NAME, "sentiment", "emotion", io.touchpoint.core.analysis.HandleTimeAnalyzer.NAME);
    }

    /** Process mining looks at every agent's desktop: analysts and admins only. */
    private void processes(Context ctx) {
        requireWholeCenter(ctx, "the process report covers every agent's desktop");
        var report = ProcessMining.mine(new StoreDesktopReader(context.store()).read(), AlignmentSettings.defaults(),
                MiningSettings.defaults());
        ctx.contentType("application/json").result(ProcessReportWriter.json(report));
    }

    /** The insights module's ranked improvement opportunities, valued per year (default cost model). */
    private void opportunities(Context ctx) {
        requireWholeCenter(ctx, "opportunities are sized over every interaction");
        InsightsConfig config = InsightsConfig.defaults();
        OpportunitySettings defaults = OpportunitySettings.defaults();
        var ranked = Opportunities.rank(context.store(), config.cost(),
                QuantifySettings.defaults().withMinutesPerEscalation(config.minutesPerEscalation()),
                new OpportunitySettings(config.addressableShare(), config.automationRate(), defaults.minimumValue(),
                        defaults.examples()));
        ctx.contentType("application/json").result(InsightsJson.write(ranked));
    }

    /** Daily series of contact reasons and events, their anomalies and repeat-contact rises. */
    private void trends(Context ctx) {
        requireWholeCenter(ctx, "trends are computed over every interaction");
        TrendReport report = TrendReport.build(context.store(), TrendSettings.defaults(), AnomalySettings.defaults(),
                RepeatRiseDetector.Settings.defaults());
        ctx.contentType("application/json").result(InsightsJson.write(report));
    }

    private void churn(Context ctx) {
        requireWholeCenter(ctx, "churn risk covers every customer");
        Parameters parameters = new Parameters(ctx);
        double threshold = parameters.integer("thresholdPercent", 50, 0, 100) / 100.0;
        int limit = parameters.integer("limit", 50, 1, 10_000);
        try (Connection connection = context.store().openReader()) {
            try (Statement statement = connection.createStatement();
                    ResultSet exists = statement.executeQuery(
                            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'churn_scores'")) {
                exists.next();
                if (exists.getLong(1) == 0) {
                    ctx.json(new ChurnView(false, threshold, List.of()));
                    return;
                }
            }
            List<AtRisk> customers = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT s.customer_id, s.probability, s.reasons, c.monthly_charge FROM churn_scores s "
                            + "LEFT JOIN customers c ON c.id = s.customer_id WHERE s.probability >= ? "
                            + "ORDER BY s.probability DESC, s.customer_id LIMIT ?")) {
                query.setDouble(1, threshold);
                query.setInt(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        double charge = rows.getDouble(4);
                        Double monthly = rows.wasNull() ? null : charge;
                        String reasons = rows.getString(3);
                        customers.add(new AtRisk(rows.getString(1), rows.getDouble(2),
                                reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split("; ")),
                                monthly));
                    }
                }
            }
            ctx.json(new ChurnView(true, threshold, customers));
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read churn scores: " + e.getMessage(), e);
        }
    }

    private void requireWholeCenter(Context ctx, String why) {
        User user = Authenticator.user(ctx);
        if (!(context.scopes().of(user) instanceof DataScope.All)) {
            throw ApiException.forbidden(why + "; it is for analysts and admins, not the " + user.role().id() + " role");
        }
    }
}
