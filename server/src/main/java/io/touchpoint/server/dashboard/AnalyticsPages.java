package io.touchpoint.server.dashboard;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.insights.impact.QuantifySettings;
import io.touchpoint.insights.kpi.KpiDimension;
import io.touchpoint.insights.opportunity.Opportunities;
import io.touchpoint.insights.opportunity.Opportunity;
import io.touchpoint.insights.opportunity.OpportunitySettings;
import io.touchpoint.insights.process.AlignmentSettings;
import io.touchpoint.insights.process.CostModel;
import io.touchpoint.insights.process.DesktopDataset;
import io.touchpoint.insights.process.MiningSettings;
import io.touchpoint.insights.process.ProcessMining;
import io.touchpoint.insights.process.ProcessReport;
import io.touchpoint.insights.process.ProcessSummary;
import io.touchpoint.insights.process.StoreDesktopReader;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The manager's pages: the KPI overview by channel over time, the contact-reason treemap, trends,
 * opportunities in money and the desktop processes worth automating. Charts read JSON embedded in the
 * page (or swapped in by htmx when a selector changes); every number that can be drilled into links to
 * the interaction list behind it.
 */
final class AnalyticsPages {

    private static final List<String> CHART_METRICS = List.of("volume", "aht_s", "fcr_rate", "customer_sentiment");
    private static final Map<String, String> METRIC_TITLES = Map.of("volume", "Volume", "aht_s",
            "Average handle time (s)", "fcr_rate", "First-contact resolution", "customer_sentiment",
            "Customer sentiment (-1..1)", "csat", "CSAT (1..5)", "qa_score", "QA score");

    private final ServerContext context;
    private final DashboardQueries queries;
    private final KpiSeries kpis;
    /** The insights reports read the store's shared connection and refresh its fact table: one at a time. */
    private final Object insightsLock = new Object();

    AnalyticsPages(ServerContext context, DashboardQueries queries) {
        this.context = requireNonNull(context, "context is null");
        this.queries = requireNonNull(queries, "queries is null");
        this.kpis = new KpiSeries(context.store());
    }

    void register(RoutesConfig routes) {
        routes.get("/overview", this::overview, Permission.READ_ANALYTICS);
        routes.get("/ui/overview", this::overviewFragment, Permission.READ_ANALYTICS);
        routes.get("/ui/overview.json", this::overviewJson, Permission.READ_ANALYTICS);
        routes.get("/taxonomy", this::taxonomy, Permission.READ_ANALYTICS);
        routes.get("/trends", this::trends, Permission.READ_ANALYTICS);
        routes.get("/opportunities", this::opportunities, Permission.READ_ANALYTICS);
        routes.get("/processes", this::processes, Permission.READ_ANALYTICS);
    }

    // ------------------------------------------------------------------------------ overview

    private static KpiDimension dimension(String value, KpiDimension fallback, List<KpiDimension> allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        KpiDimension parsed = KpiDimension.parse(value);
        if (!allowed.contains(parsed)) {
            throw ApiException.badRequest("'" + value + "' is not one of " + allowed.stream().map(KpiDimension::wireName).toList());
        }
        return parsed;
    }

    private static final List<KpiDimension> TIMES = List.of(KpiDimension.DAY, KpiDimension.WEEK, KpiDimension.MONTH);
    private static final List<KpiDimension> GROUPS = List.of(KpiDimension.CHANNEL, KpiDimension.QUEUE,
            KpiDimension.CATEGORY, KpiDimension.DIRECTION, KpiDimension.TEAM);

    private void overview(Context ctx) {
        User user = Authenticator.user(ctx);
        StringBuilder body = new StringBuilder();
        body.append("<form class=\"filters\" hx-get=\"/ui/overview\" hx-target=\"#overview\" hx-trigger=\"change\">")
                .append(select("by", "Period", TIMES, KpiDimension.WEEK))
                .append(select("group", "Lines by", GROUPS, KpiDimension.CHANNEL))
                .append("</form>\n<div id=\"overview\">")
                .append(overviewHtml(user, KpiDimension.WEEK, KpiDimension.CHANNEL))
                .append("</div>");
        ctx.html(Layout.page(user, Section.OVERVIEW, "Overview", body.toString()));
    }

    private static String select(String name, String label, List<KpiDimension> options, KpiDimension selected) {
        StringBuilder html = new StringBuilder("<label>").append(label).append(" <select name=\"").append(name).append("\">");
        for (KpiDimension option : options) {
            html.append("<option value=\"").append(option.wireName()).append('"')
                    .append(option == selected ? " selected" : "").append('>').append(option.wireName().replace('_', ' '))
                    .append("</option>");
        }
        return html.append("</select></label>").toString();
    }

    private void overviewFragment(Context ctx) {
        User user = Authenticator.user(ctx);
        ctx.html(overviewHtml(user, dimension(ctx.queryParam("by"), KpiDimension.WEEK, TIMES),
                dimension(ctx.queryParam("group"), KpiDimension.CHANNEL, GROUPS)));
    }

    private void overviewJson(Context ctx) {
        User user = Authenticator.user(ctx);
        ctx.json(kpis.chart(context.scopes().of(user), dimension(ctx.queryParam("by"), KpiDimension.WEEK, TIMES),
                dimension(ctx.queryParam("group"), KpiDimension.CHANNEL, GROUPS)));
    }

    private String overviewHtml(User user, KpiDimension time, KpiDimension group) {
        KpiSeries.Chart chart = kpis.chart(context.scopes().of(user), time, group);
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"tiles\">");
        tile(html, "Interactions", chart.totals().get("volume"), value -> Html.number(value, 0));
        tile(html, "Average handle time", chart.totals().get("aht_s"), value -> Html.clock((long) (value * 1000)));
        tile(html, "First-contact resolution", chart.totals().get("fcr_rate"), Html::percent);
        tile(html, "Customer sentiment", chart.totals().get("customer_sentiment"), value -> Html.number(value, 2));
        tile(html, "Transfer rate", chart.totals().get("transfer_rate"), Html::percent);
        tile(html, "CSAT", chart.totals().get("csat"), value -> Html.number(value, 2));
        html.append("</div>\n");
        if (chart.x().isEmpty()) {
            return html.append("<p class=\"muted\">No interactions in your scope yet.</p>").toString();
        }
        html.append("<script type=\"application/json\" id=\"overview-data\">")
                .append(Html.jsonForScript(context.json(), chart)).append("</script>\n<div class=\"grid2\">");
        for (String metric : CHART_METRICS) {
            html.append("<section class=\"card\"><h2>").append(Html.escape(METRIC_TITLES.get(metric)))
                    .append(" by ").append(Html.escape(group.wireName())).append("</h2><div class=\"chart\" data-chart=\"lines\"")
                    .append(" data-source=\"#overview-data\" data-metric=\"").append(metric).append('"')
                    .append(metric.equals("volume") ? " data-stack=\"true\"" : "")
                    .append(metric.endsWith("_rate") ? " data-percent=\"true\"" : "").append("></div></section>");
        }
        return html.append("</div>").toString();
    }

    private static void tile(StringBuilder html, String label, Double value, java.util.function.DoubleFunction<String> format) {
        html.append("<div class=\"tile\"><div class=\"tile-value\">")
                .append(value == null ? "\u2013" : Html.escape(format.apply(value))).append("</div><div class=\"tile-label\">")
                .append(Html.escape(label)).append("</div></div>");
    }

    // ------------------------------------------------------------------------------ taxonomy

    private void taxonomy(Context ctx) {
        User user = Authenticator.user(ctx);
        List<DashboardQueries.CategoryCount> counts = queries.categories(context.scopes().of(user));
        StringBuilder body = new StringBuilder();
        if (counts.isEmpty()) {
            body.append("<p class=\"muted\">No contact reasons found yet: run <code>touchpoint analyze</code>.</p>");
            ctx.html(Layout.page(user, Section.TAXONOMY, "Contact reasons", body.toString()));
            return;
        }
        body.append("<p class=\"muted\">Why customers contact you: each box is a contact reason, sized by the"
                + " interactions that carry it. Click a box to read them.</p>")
                .append("<script type=\"application/json\" id=\"taxonomy-data\">")
                .append(Html.jsonForScript(context.json(), tree(counts)))
                .append("</script><section class=\"card\"><div class=\"chart tall\" data-chart=\"treemap\"")
                .append(" data-source=\"#taxonomy-data\" id=\"treemap\"></div></section>\n")
                .append("<section class=\"card\"><h2>All contact reasons</h2><table class=\"data\" id=\"taxonomy-table\">")
                .append("<thead><tr><th>Contact reason</th><th class=\"num\">Interactions</th></tr></thead><tbody>");
        for (DashboardQueries.CategoryCount count : counts) {
            int depth = count.path().split("/").length - 1;
            body.append("<tr><td style=\"padding-left:").append(0.6 + depth * 1.2).append("em\"><a href=\"/interactions?category=")
                    .append(Html.escape(Html.url(count.path()))).append("\">").append(Html.escape(count.path()))
                    .append("</a></td><td class=\"num\">").append(Html.number(count.interactions(), 0)).append("</td></tr>");
        }
        body.append("</tbody></table></section>");
        ctx.html(Layout.page(user, Section.TAXONOMY, "Contact reasons", body.toString()));
    }

    /**
     * The taxonomy as the treemap wants it: nested {@code {name, path, value, children}}. A parent's
     * own count (interactions tagged with the parent itself) becomes its value only when it has no
     * children, since the treemap sums children.
     */
    static List<Map<String, Object>> tree(List<DashboardQueries.CategoryCount> counts) {
        Map<String, Long> byPath = new TreeMap<>();
        counts.forEach(count -> byPath.put(count.path(), count.interactions()));
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> roots = new ArrayList<>();
        for (String path : new TreeSet<>(byPath.keySet())) {
            String[] parts = path.split("/");
            String prefix = "";
            List<Map<String, Object>> siblings = roots;
            for (String part : parts) {
                prefix = prefix.isEmpty() ? part : prefix + "/" + part;
                Map<String, Object> node = nodes.get(prefix);
                if (node == null) {
                    node = new LinkedHashMap<>();
                    node.put("name", part);
                    node.put("path", prefix);
                    node.put("children", new ArrayList<Map<String, Object>>());
                    nodes.put(prefix, node);
                    siblings.add(node);
                }
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
                siblings = children;
            }
        }
        for (Map<String, Object> node : nodes.values()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
            if (children.isEmpty()) {
                node.remove("children");
                node.put("value", byPath.getOrDefault((String) node.get("path"), 0L));
            }
        }
        return roots;
    }

    // ------------------------------------------------------------------------------ trends

    private void trends(Context ctx) {
        User user = Authenticator.user(ctx);
        DataScope scope = context.scopes().of(user);
        KpiSeries.Chart weekly = kpis.chart(scope, KpiDimension.WEEK, null);
        StringBuilder body = new StringBuilder();
        if (weekly.x().isEmpty()) {
            ctx.html(Layout.page(user, Section.TRENDS, "Trends", "<p class=\"muted\">No interactions in your scope yet.</p>"));
            return;
        }
        Map<String, Object> reasons = weeklySeries(queries.weekly(scope, "category"), weekly.x(), 8);
        Map<String, Object> events = weeklySeries(queries.weekly(scope, "event"), weekly.x(), 8);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", weekly.x());
        Map<String, Object> metrics = new LinkedHashMap<>(weekly.metrics());
        metrics.put("reasons", reasons.get("lines"));
        metrics.put("events", events.get("lines"));
        data.put("metrics", metrics);
        body.append("<script type=\"application/json\" id=\"trends-data\">").append(Html.jsonForScript(context.json(), data))
                .append("</script><div class=\"grid2\">");
        for (String[] chart : new String[][] {{"volume", "Interactions per week"}, {"aht_s", "Average handle time (s)"},
                {"customer_sentiment", "Customer sentiment"}, {"fcr_rate", "First-contact resolution"},
                {"reasons", "Top contact reasons per week"}, {"events", "Top events per week"}}) {
            body.append("<section class=\"card\"><h2>").append(chart[1]).append("</h2><div class=\"chart\" data-chart=\"lines\"")
                    .append(" data-source=\"#trends-data\" data-metric=\"").append(chart[0]).append('"')
                    .append(chart[0].endsWith("_rate") ? " data-percent=\"true\"" : "").append("></div></section>");
        }
        body.append("</div>\n<section class=\"card\"><h2>Biggest movers (last week against the weeks before)</h2>");
        movers(body, queries.weekly(scope, "category"), weekly, "category");
        movers(body, queries.weekly(scope, "event"), weekly, "event");
        body.append("</section>");
        ctx.html(Layout.page(user, Section.TRENDS, "Trends", body.toString()));
    }

    /** The {@code top} names by total as lines over {@code weeks}. */
    private static Map<String, Object> weeklySeries(List<DashboardQueries.Weekly> rows, List<String> weeks, int top) {
        Map<String, Map<String, Long>> byName = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (DashboardQueries.Weekly row : rows) {
            byName.computeIfAbsent(row.name(), name -> new HashMap<>()).put(row.week(), row.interactions());
            totals.merge(row.name(), row.interactions(), Long::sum);
        }
        List<KpiSeries.Line> lines = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(entry -> new KpiSeries.Line(entry.getKey(), weeks.stream()
                        .map(week -> (double) byName.get(entry.getKey()).getOrDefault(week, 0L)).toList()))
                .toList();
        return Map.of("lines", lines);
    }

    /** Share of the last week's interactions with each finding against its share over the weeks before. */
    private static void movers(StringBuilder body, List<DashboardQueries.Weekly> rows, KpiSeries.Chart weekly, String kind) {
        List<String> weeks = weekly.x();
        if (weeks.size() < 2) {
            body.append("<p class=\"muted\">Trends need at least two weeks of data.</p>");
            return;
        }
        Map<String, Double> volume = new HashMap<>();
        List<KpiSeries.Line> volumeLines = weekly.metrics().get("volume");
        for (int i = 0; i < weeks.size(); i++) {
            volume.put(weeks.get(i), volumeLines.get(0).data().get(i));
        }
        String last = weeks.get(weeks.size() - 1);
        double before = weeks.subList(0, weeks.size() - 1).stream().mapToDouble(volume::get).sum();
        double lastVolume = volume.get(last);
        Map<String, long[]> counts = new HashMap<>();
        for (DashboardQueries.Weekly row : rows) {
            long[] pair = counts.computeIfAbsent(row.name(), name -> new long[2]);
            pair[row.week().equals(last) ? 1 : 0] += row.interactions();
        }
        record Mover(String name, double beforeShare, double lastShare, long lastCount) {
        }
        List<Mover> movers = counts.entrySet().stream()
                .map(e -> new Mover(e.getKey(), before == 0 ? 0 : e.getValue()[0] / before,
                        lastVolume == 0 ? 0 : e.getValue()[1] / lastVolume, e.getValue()[1]))
                .filter(m -> m.lastCount() >= 3 || m.beforeShare() > 0.02)
                .sorted((a, b) -> Double.compare(Math.abs(b.lastShare() - b.beforeShare()), Math.abs(a.lastShare() - a.beforeShare())))
                .limit(8).toList();
        body.append("<table class=\"data\"><thead><tr><th>").append(kind.equals("category") ? "Contact reason" : "Event")
                .append("</th><th class=\"num\">Weeks before</th><th class=\"num\">Week of ").append(Html.escape(last))
                .append("</th><th class=\"num\">Change</th></tr></thead><tbody>");
        for (Mover mover : movers) {
            double change = mover.lastShare() - mover.beforeShare();
            body.append("<tr><td><a href=\"/interactions?").append(kind.equals("category") ? "category=" : "event=")
                    .append(Html.escape(Html.url(mover.name()))).append("\">").append(Html.escape(mover.name()))
                    .append("</a></td><td class=\"num\">").append(Html.percent(mover.beforeShare())).append("</td><td class=\"num\">")
                    .append(Html.percent(mover.lastShare())).append("</td><td class=\"num ").append(change > 0 ? "up" : "down")
                    .append("\">").append(change > 0 ? "+" : "").append(Html.number(change * 100, 1)).append(" pt</td></tr>");
        }
        body.append("</tbody></table>");
    }

    // ------------------------------------------------------------------------------ opportunities

    private void opportunities(Context ctx) {
        User user = Authenticator.user(ctx);
        DataScope scope = context.scopes().of(user);
        List<Opportunity> ranked;
        synchronized (insightsLock) {
            ranked = Opportunities.rank(context.store(), CostModel.defaults(), QuantifySettings.defaults(),
                    OpportunitySettings.defaults());
        }
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"muted\">Projects ranked by what they are worth a year, over the whole contact center, at the"
                + " default cost model (").append(Html.money(CostModel.defaults().costPerAgentMinute()))
                .append(" per agent minute). Each rests on measured effects against comparable interactions; read the"
                        + " examples before choosing.</p>");
        if (ranked.isEmpty()) {
            body.append("<p class=\"muted\">No opportunity stands out in the data yet.</p>");
            ctx.html(Layout.page(user, Section.OPPORTUNITIES, "Opportunities", body.toString()));
            return;
        }
        List<Opportunity> top = ranked.subList(0, Math.min(15, ranked.size()));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", top.stream().map(o -> o.subject()).toList());
        chart.put("values", top.stream().map(o -> Math.round(o.yearlyValue())).toList());
        body.append("<script type=\"application/json\" id=\"opportunity-data\">").append(Html.jsonForScript(context.json(), chart))
                .append("</script><section class=\"card\"><h2>Yearly value</h2><div class=\"chart\" data-chart=\"bars\"")
                .append(" data-source=\"#opportunity-data\" data-money=\"true\"></div></section>\n")
                .append("<section class=\"card\"><table class=\"data\" id=\"opportunity-table\"><thead><tr><th>#</th><th>Project</th>")
                .append("<th>Type</th><th class=\"num\">Yearly value</th><th class=\"num\">FTE</th><th class=\"num\">Evidence</th>")
                .append("<th>Examples</th></tr></thead><tbody>");
        for (Opportunity opportunity : ranked) {
            body.append("<tr><td>").append(opportunity.rank()).append("</td><td><strong>").append(Html.escape(opportunity.subject()))
                    .append("</strong><div class=\"muted\">").append(Html.escape(opportunity.action())).append("</div><div class=\"basis\">")
                    .append(Html.escape(opportunity.basis())).append("</div></td><td>").append(Html.escape(opportunity.type()))
                    .append(" (").append(Html.escape(opportunity.source().replace('_', ' '))).append(")</td><td class=\"num\">")
                    .append(Html.money(opportunity.yearlyValue())).append("</td><td class=\"num\">")
                    .append(Html.number(opportunity.fullTimeEquivalents(), 1)).append("</td><td class=\"num\">")
                    .append(Html.number(opportunity.evidenceCount(), 0)).append("</td><td>");
            examples(body, user, scope, opportunity.exampleIds());
            body.append("</td></tr>");
        }
        body.append("</tbody></table></section>");
        ctx.html(Layout.page(user, Section.OPPORTUNITIES, "Opportunities", body.toString()));
    }

    /** Links to the examples the user may open (the figures are center-wide; the transcripts stay scoped). */
    private void examples(StringBuilder body, User user, DataScope scope, List<String> ids) {
        int shown = 0;
        for (String id : ids) {
            if (shown == 3) {
                break;
            }
            var interaction = context.store().interaction(id);
            if (interaction.isPresent() && scope.allowsAgent(interaction.get().agentId())
                    && user.can(Permission.READ_INTERACTIONS)) {
                body.append(shown > 0 ? " " : "").append("<a href=\"/interactions/").append(Html.escape(Html.url(id)))
                        .append("\">").append(Html.escape(id)).append("</a>");
                shown++;
            }
        }
    }

    // ------------------------------------------------------------------------------ processes

    private void processes(Context ctx) {
        User user = Authenticator.user(ctx);
        ProcessReport report;
        synchronized (insightsLock) {
            DesktopDataset dataset = new StoreDesktopReader(context.store()).read();
            report = dataset.events().isEmpty() ? null
                    : ProcessMining.mine(dataset, AlignmentSettings.defaults(), MiningSettings.defaults());
        }
        StringBuilder body = new StringBuilder();
        if (report == null || report.processes().isEmpty()) {
            body.append("<p class=\"muted\">No agent-desktop events yet: ingest desktop events to see which processes take"
                    + " longest (see docs/processes.md).</p>");
            ctx.html(Layout.page(user, Section.PROCESSES, "Processes", body.toString()));
            return;
        }
        body.append("<p class=\"muted\">Agent-desktop processes over ").append(report.observedDays())
                .append(" observed days, ranked as automation candidates. Yearly value: what shrinking each run by ")
                .append(report.shrinkSeconds()).append(" s is worth at ").append(Html.money(report.cost().costPerAgentMinute()))
                .append(" per agent minute. ").append(Html.number(report.interactionsWithDesktop(), 0))
                .append(" interactions had desktop activity; agents switched application ")
                .append(Html.number(report.meanSwitchesPerInteraction(), 1)).append(" times per interaction.</p>");
        List<ProcessSummary> processes = report.processes();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", processes.stream().map(ProcessSummary::process).toList());
        chart.put("values", processes.stream().map(p -> Math.round(p.yearlyCost())).toList());
        body.append("<script type=\"application/json\" id=\"process-data\">").append(Html.jsonForScript(context.json(), chart))
                .append("</script><section class=\"card\"><h2>Agent time per year, by process</h2><div class=\"chart\"")
                .append(" data-chart=\"bars\" data-source=\"#process-data\" data-money=\"true\"></div></section>\n")
                .append("<section class=\"card\"><table class=\"data\" id=\"process-table\"><thead><tr><th>#</th><th>Process</th>")
                .append("<th class=\"num\">Runs</th><th class=\"num\">Median</th><th class=\"num\">p90</th>")
                .append("<th class=\"num\">Yearly cost</th><th class=\"num\">Value of \u2212").append(report.shrinkSeconds())
                .append(" s</th><th>Slowest step</th><th>Main variant</th></tr></thead><tbody>");
        for (ProcessSummary process : processes) {
            body.append("<tr><td>").append(process.rank()).append("</td><td>").append(Html.escape(process.process()))
                    .append("</td><td class=\"num\">").append(Html.number(process.instances(), 0)).append("</td><td class=\"num\">")
                    .append(Html.clock((long) (process.medianSeconds() * 1000))).append("</td><td class=\"num\">")
                    .append(Html.clock((long) (process.p90Seconds() * 1000))).append("</td><td class=\"num\">")
                    .append(Html.money(process.yearlyCost())).append("</td><td class=\"num\">")
                    .append(Html.money(process.yearlyValueOfShrinking())).append("</td><td>");
            process.slowestStep().ifPresent(step -> body.append(Html.escape(step.application())).append(" (")
                    .append(Html.number(step.meanSeconds(), 0)).append(" s, ").append(Html.percent(step.share())).append(')'));
            body.append("</td><td>");
            if (!process.variants().isEmpty()) {
                ProcessSummary.Variant variant = process.variants().get(0);
                body.append(Html.escape(variant.label())).append(" <span class=\"muted\">(").append(Html.percent(variant.share()))
                        .append(", ").append(process.variants().size()).append(process.variants().size() == 1 ? " variant" : " variants")
                        .append(")</span>");
            }
            body.append("</td></tr>");
        }
        body.append("</tbody></table></section>");
        if (!report.applications().isEmpty()) {
            body.append("<section class=\"card\"><h2>Where desktop time goes</h2><table class=\"data\"><thead><tr><th>Application</th>"
                    + "<th class=\"num\">Hours</th><th class=\"num\">Share</th></tr></thead><tbody>");
            for (ProcessReport.ApplicationTime application : report.applications()) {
                body.append("<tr><td>").append(Html.escape(application.application())).append("</td><td class=\"num\">")
                        .append(Html.number(application.hours(), 1)).append("</td><td class=\"num\">")
                        .append(Html.percent(application.share())).append("</td></tr>");
            }
            body.append("</tbody></table></section>");
        }
        ctx.html(Layout.page(user, Section.PROCESSES, "Processes", body.toString()));
    }
}
