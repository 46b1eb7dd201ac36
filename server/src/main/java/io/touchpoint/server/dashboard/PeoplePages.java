package io.touchpoint.server.dashboard;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.insights.kpi.Kpi;
import io.touchpoint.insights.kpi.KpiDimension;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.KpiQuery;
import io.touchpoint.insights.kpi.KpiRow;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.Role;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.InteractionSummary;
import io.touchpoint.store.Journey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * People: a customer's journey across channels, and the agents' scorecards. An agent sees only their
 * own scorecard, a supervisor their teams' agents.
 */
final class PeoplePages {

    private final ServerContext context;
    private final DashboardQueries queries;

    PeoplePages(ServerContext context, DashboardQueries queries) {
        this.context = requireNonNull(context, "context is null");
        this.queries = requireNonNull(queries, "queries is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/customers", this::lookup, Permission.READ_CUSTOMERS);
        routes.get("/customers/{key}", this::journey, Permission.READ_CUSTOMERS);
        routes.get("/agents", this::agents, Permission.READ_SCORECARD);
        routes.get("/agents/{id}", this::scorecard, Permission.READ_SCORECARD);
    }

    // ------------------------------------------------------------------------------ journeys

    private void lookup(Context ctx) {
        User user = Authenticator.user(ctx);
        String key = InteractionPages.blankToNull(ctx.queryParam("key"));
        if (key != null) {
            ctx.redirect("/customers/" + Html.url(key), HttpStatus.SEE_OTHER);
            return;
        }
        String body = "<form class=\"filters\" method=\"get\" action=\"/customers\"><label class=\"grow\">Customer id,"
                + " e-mail, phone or handle <input type=\"text\" name=\"key\" required></label><button type=\"submit\">"
                + "Show journey</button></form><p class=\"muted\">One customer across every channel: identity resolution"
                + " joins calls, chats, e-mails and posts by CRM id, e-mail, phone number or social handle.</p>";
        ctx.html(Layout.page(user, Section.CUSTOMERS, "Customer journeys", body));
    }

    private void journey(Context ctx) {
        User user = Authenticator.user(ctx);
        String key = ctx.pathParam("key");
        DataScope scope = context.scopes().of(user);
        Journey journey = context.store().journey(key);
        List<InteractionSummary> visible = journey.interactions().stream()
                .filter(summary -> scope.allowsAgent(summary.agentId())).toList();
        int hidden = journey.interactions().size() - visible.size();
        if (journey.resolvedCustomerId().isEmpty() && journey.interactions().isEmpty()) {
            throw ApiException.notFound("No customer is known by '" + key + "'.");
        }
        if (visible.isEmpty() && hidden > 0) {
            context.audit().record(user, "journey.denied", "customer:" + key, "dashboard; no interaction in scope");
            throw ApiException.forbidden("None of this customer's interactions were handled by "
                    + (user.role() == Role.AGENT ? "you." : "your teams."));
        }
        context.audit().record(user, "journey.read", "customer:" + journey.resolvedCustomerId().orElse(key), "dashboard");
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"card\"><dl class=\"facts-list\">");
        fact(body, "Customer", journey.resolvedCustomerId().orElse(key));
        journey.customer().ifPresent(customer -> crm(body, customer));
        fact(body, "Interactions", visible.size() + (hidden > 0 ? " (" + hidden + " more outside your scope)" : ""));
        long channels = visible.stream().map(InteractionSummary::channel).distinct().count();
        fact(body, "Channels", Long.toString(channels));
        body.append("</dl></section>\n");
        List<Map<String, Object>> points = visible.stream().map(summary -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("id", summary.id());
            point.put("channel", summary.channel().wireName());
            point.put("at", summary.startedAt().toString());
            point.put("preview", summary.preview());
            return point;
        }).toList();
        body.append("<script type=\"application/json\" id=\"journey-data\">").append(Html.jsonForScript(context.json(), points))
                .append("</script><section class=\"card\"><h2>Across channels</h2><div class=\"chart short\" data-chart=\"journey\"")
                .append(" data-source=\"#journey-data\"></div></section>\n<section class=\"card\"><ol class=\"journey\">");
        InteractionSummary previous = null;
        for (InteractionSummary summary : visible) {
            body.append("<li><span class=\"chip ch-").append(Html.escape(summary.channel().wireName())).append("\">")
                    .append(Html.escape(summary.channel().wireName())).append("</span> <a href=\"/interactions/")
                    .append(Html.escape(Html.url(summary.id()))).append("\">").append(Html.time(summary.startedAt()))
                    .append("</a> <span class=\"muted\">").append(Html.escape(summary.queue())).append(" \u00b7 ")
                    .append(Html.escape(summary.agentId()));
            if (previous != null) {
                long hours = java.time.Duration.between(previous.startedAt(), summary.startedAt()).toHours();
                body.append(" \u00b7 ").append(hours < 48 ? hours + " h later" : hours / 24 + " days later");
            }
            body.append("</span><div class=\"preview\">").append(Html.escape(summary.preview())).append("</div></li>");
            previous = summary;
        }
        body.append("</ol></section>");
        ctx.html(Layout.page(user, Section.CUSTOMERS, "Journey of " + journey.resolvedCustomerId().orElse(key), body.toString()));
    }

    private static void crm(StringBuilder body, Customer customer) {
        fact(body, "Plan", customer.plan());
        fact(body, "Contract", customer.contractType());
        fact(body, "Tenure", customer.tenureMonths() == null ? null : customer.tenureMonths() + " months");
        fact(body, "Contract end", customer.contractEnd() == null ? null : customer.contractEnd().toString());
        fact(body, "Monthly charge", customer.monthlyCharge() == null ? null : Html.number(customer.monthlyCharge(), 2));
        fact(body, "Churned", customer.churned() == null ? null : customer.churned() ? "yes" : "no");
    }

    private static void fact(StringBuilder body, String label, String value) {
        if (value != null && !value.isBlank()) {
            body.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
        }
    }

    // ------------------------------------------------------------------------------ agents

    private void agents(Context ctx) {
        User user = Authenticator.user(ctx);
        if (user.role() == Role.AGENT) {
            ctx.redirect("/agents/" + Html.url(user.agentId()), HttpStatus.FOUND);
            return;
        }
        DataScope scope = context.scopes().of(user);
        List<DashboardQueries.AgentRow> agents = queries.agents(scope);
        Map<String, KpiRow> kpis = kpisByAgent(scope);
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"card\"><table class=\"data sortable\" id=\"agent-table\"><thead><tr><th>Agent</th><th>Team</th>")
                .append("<th class=\"num\">Interactions</th><th class=\"num\">AHT</th><th class=\"num\">FCR</th>")
                .append("<th class=\"num\">Transfers</th><th class=\"num\">Sentiment</th><th class=\"num\">QA score</th></tr></thead><tbody>");
        for (DashboardQueries.AgentRow agent : agents) {
            KpiRow row = kpis.get(agent.id());
            body.append("<tr><td><a href=\"/agents/").append(Html.escape(Html.url(agent.id()))).append("\">")
                    .append(Html.escape(agent.name() == null ? agent.id() : agent.name())).append("</a> <span class=\"muted\">")
                    .append(Html.escape(agent.id())).append("</span></td><td>").append(Html.escape(agent.team()))
                    .append("</td><td class=\"num\">").append(Html.number(agent.interactions(), 0)).append("</td>");
            cell(body, row, Kpi.AHT_S, value -> Html.clock((long) (value * 1000)));
            cell(body, row, Kpi.FCR_RATE, Html::percent);
            cell(body, row, Kpi.TRANSFER_RATE, Html::percent);
            cell(body, row, Kpi.CUSTOMER_SENTIMENT, value -> Html.number(value, 2));
            cell(body, row, Kpi.QA_SCORE, value -> Html.number(value, 0));
            body.append("</tr>");
        }
        body.append("</tbody></table></section>");
        ctx.html(Layout.page(user, Section.AGENTS, "Agents", body.toString()));
    }

    private static void cell(StringBuilder body, KpiRow row, Kpi kpi, java.util.function.DoubleFunction<String> format) {
        OptionalDouble value = row == null ? OptionalDouble.empty() : row.value(kpi);
        body.append("<td class=\"num\">").append(value.isPresent() ? Html.escape(format.apply(value.getAsDouble())) : "\u2013")
                .append("</td>");
    }

    private Map<String, KpiRow> kpisByAgent(DataScope scope) {
        List<String> agents = ScopeClause.agents(scope);
        Map<String, KpiRow> byAgent = new HashMap<>();
        if (scope instanceof DataScope.Agents && agents.isEmpty()) {
            return byAgent;
        }
        try (Connection connection = context.store().openReader()) {
            for (KpiRow row : KpiEngine.run(connection, KpiQuery.by(List.of(KpiDimension.AGENT)).withAgents(agents)).rows()) {
                byAgent.put(row.dimensionValues().get(0), row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a read connection: " + e.getMessage(), e);
        }
        return byAgent;
    }

    private void scorecard(Context ctx) {
        User user = Authenticator.user(ctx);
        String id = ctx.pathParam("id");
        DataScope scope = context.scopes().of(user);
        Agent agent = context.store().agent(id).orElseThrow(() -> ApiException.notFound("There is no agent " + id + "."));
        if (!scope.allowsAgent(id)) {
            throw ApiException.forbidden("Agent " + id + " is outside your "
                    + (user.role() == Role.AGENT ? "own scorecard." : "teams."));
        }
        context.audit().record(user, "scorecard.read", "agent:" + id, "dashboard");
        Map<String, KpiRow> kpis = kpisByAgent(scope);
        KpiRow mine = kpis.get(id);
        KpiRow peers = overall(scope);
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"muted\">").append(Html.escape(agent.team() == null ? "" : "Team " + agent.team()))
                .append(agent.skill() == null ? "" : " \u00b7 " + Html.escape(agent.skill()))
                .append(" \u00b7 compared with ").append(scope instanceof DataScope.All ? "the whole contact center"
                        : user.role() == Role.AGENT ? "your own average" : "your teams").append("</p>");
        body.append("<section class=\"card\"><table class=\"data\" id=\"scorecard\"><thead><tr><th>Measure</th>")
                .append("<th class=\"num\">").append(Html.escape(id)).append("</th><th class=\"num\">Comparison</th></tr></thead><tbody>");
        body.append("<tr><td>Interactions</td><td class=\"num\">").append(mine == null ? "0" : Html.number(mine.volume(), 0))
                .append("</td><td class=\"num\">").append(peers == null ? "\u2013" : Html.number(peers.volume(), 0)).append("</td></tr>");
        compare(body, "Average handle time", mine, peers, Kpi.AHT_S, v -> Html.clock((long) (v * 1000)));
        compare(body, "First-contact resolution", mine, peers, Kpi.FCR_RATE, Html::percent);
        compare(body, "Transfer rate", mine, peers, Kpi.TRANSFER_RATE, Html::percent);
        compare(body, "Escalation rate", mine, peers, Kpi.ESCALATION_RATE, Html::percent);
        compare(body, "Customer sentiment", mine, peers, Kpi.CUSTOMER_SENTIMENT, v -> Html.number(v, 2));
        compare(body, "CSAT", mine, peers, Kpi.CSAT, v -> Html.number(v, 2));
        compare(body, "QA score", mine, peers, Kpi.QA_SCORE, v -> Html.number(v, 0));
        body.append("</tbody></table></section>\n");

        List<DashboardQueries.BehaviourCount> behaviours = queries.behaviours(scope, id);
        body.append("<section class=\"card\"><h2>Behaviours (share of applicable interactions)</h2>");
        if (behaviours.isEmpty()) {
            body.append("<p class=\"muted\">No behaviour checks on this agent's interactions yet.</p>");
        } else {
            body.append("<table class=\"data\" id=\"behaviours\"><thead><tr><th>Behaviour</th><th class=\"num\">Present</th>")
                    .append("<th class=\"num\">Missing</th><th>Share present</th></tr></thead><tbody>");
            for (DashboardQueries.BehaviourCount behaviour : behaviours) {
                double share = behaviour.presentShare();
                body.append("<tr><td>").append(Html.escape(behaviour.name())).append("</td><td class=\"num\">")
                        .append(behaviour.present()).append("</td><td class=\"num\">");
                if (behaviour.missing() > 0) {
                    body.append("<a href=\"/interactions?agent=").append(Html.escape(Html.url(id))).append("\">")
                            .append(behaviour.missing()).append("</a>");
                } else {
                    body.append(0);
                }
                body.append("</td><td><div class=\"bar\"><span style=\"width:")
                        .append(Double.isFinite(share) ? Math.round(share * 100) : 0).append("%\"></span></div> ")
                        .append(Html.percent(share)).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("</section>\n");
        List<DashboardQueries.CategoryCount> violations = queries.findingCounts(scope, "compliance", id);
        body.append("<section class=\"card\"><h2>Compliance</h2>");
        if (violations.isEmpty()) {
            body.append("<p>No compliance violations found.</p>");
        } else {
            body.append("<ul>");
            for (DashboardQueries.CategoryCount violation : violations) {
                body.append("<li>").append(Html.escape(violation.path())).append(": <a href=\"/interactions?agent=")
                        .append(Html.escape(Html.url(id))).append("&amp;event=").append(Html.escape(Html.url(violation.path())))
                        .append("\">").append(violation.interactions()).append(violation.interactions() == 1 ? " interaction" : " interactions")
                        .append("</a></li>");
            }
            body.append("</ul>");
        }
        body.append("</section>\n<p><a class=\"button\" href=\"/interactions?agent=").append(Html.escape(Html.url(id)))
                .append("\">All interactions of ").append(Html.escape(id)).append("</a></p>");
        String title = agent.name() == null ? "Agent " + id : agent.name();
        ctx.html(Layout.page(user, Section.AGENTS, title, body.toString()));
    }

    private KpiRow overall(DataScope scope) {
        List<String> agents = ScopeClause.agents(scope);
        try (Connection connection = context.store().openReader()) {
            return KpiEngine.run(connection, KpiQuery.by(List.of()).withAgents(agents)).rows().stream().findFirst().orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a read connection: " + e.getMessage(), e);
        }
    }

    private static void compare(StringBuilder body, String label, KpiRow mine, KpiRow peers, Kpi kpi,
            java.util.function.DoubleFunction<String> format) {
        body.append("<tr><td>").append(label).append("</td>");
        cell(body, mine, kpi, format);
        cell(body, peers, kpi, format);
        body.append("</tr>");
    }
}
