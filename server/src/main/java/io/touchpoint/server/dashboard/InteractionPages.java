package io.touchpoint.server.dashboard;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.AudioRef;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.PiiMask;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.Role;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.SearchHit;
import io.touchpoint.store.SearchRequest;
import io.touchpoint.store.SearchResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Interactions: the filtered list (drill-down target of every chart), one interaction with its
 * evidence, its audio and the agent's desktop, and full-text search. Each route checks the user's
 * data scope itself: an agent opening another agent's interaction gets 403, as in the API.
 */
final class InteractionPages {

    static final int PAGE_SIZE = 25;
    private static final Map<String, String> AUDIO_TYPES = Map.of("wav", "audio/wav", "mp3", "audio/mpeg", "ogg",
            "audio/ogg", "oga", "audio/ogg", "flac", "audio/flac", "m4a", "audio/mp4", "webm", "audio/webm");

    private final ServerContext context;
    private final DashboardQueries queries;

    InteractionPages(ServerContext context, DashboardQueries queries) {
        this.context = requireNonNull(context, "context is null");
        this.queries = requireNonNull(queries, "queries is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/interactions", this::list, Permission.READ_INTERACTIONS);
        routes.get("/ui/interactions", this::listFragment, Permission.READ_INTERACTIONS);
        routes.get("/interactions/{id}", this::detail, Permission.READ_INTERACTIONS);
        routes.get("/ui/interactions/{id}/audio", this::audio, Permission.READ_INTERACTIONS);
        routes.get("/search", this::search, Permission.READ_INTERACTIONS);
        routes.get("/ui/search", this::searchFragment, Permission.READ_INTERACTIONS);
    }

    // ------------------------------------------------------------------------------ list

    private static DashboardQueries.ListFilter filter(Context ctx) {
        return new DashboardQueries.ListFilter(blankToNull(ctx.queryParam("channel")), blankToNull(ctx.queryParam("queue")),
                blankToNull(ctx.queryParam("agent")), blankToNull(ctx.queryParam("category")),
                blankToNull(ctx.queryParam("event")), blankToNull(ctx.queryParam("customer")));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void list(Context ctx) {
        User user = Authenticator.user(ctx);
        DashboardQueries.ListFilter filter = filter(ctx);
        StringBuilder body = new StringBuilder();
        body.append("<form class=\"filters\" hx-get=\"/ui/interactions\" hx-target=\"#list\" hx-push-url=\"false\""
                + " hx-trigger=\"submit, change from:select\">");
        body.append("<label>Channel <select name=\"channel\"><option value=\"\">all</option>");
        for (Channel channel : Channel.values()) {
            String name = channel.wireName();
            body.append("<option").append(name.equals(filter.channel()) ? " selected" : "").append('>').append(name)
                    .append("</option>");
        }
        body.append("</select></label>");
        input(body, "queue", "Queue", filter.queue());
        input(body, "category", "Contact reason", filter.category());
        input(body, "event", "Event", filter.event());
        if (user.role() != Role.AGENT) {
            input(body, "agent", "Agent", filter.agent());
        }
        input(body, "customer", "Customer", filter.customer());
        body.append("<button type=\"submit\">Apply</button></form>\n<div id=\"list\">");
        body.append(listHtml(user, filter, 0));
        body.append("</div>");
        String title = filter.category() != null ? "Interactions: " + filter.category() : "Interactions";
        ctx.html(Layout.page(user, Section.INTERACTIONS, title, body.toString()));
    }

    private static void input(StringBuilder body, String name, String label, String value) {
        body.append("<label>").append(label).append(" <input type=\"text\" name=\"").append(name).append("\" value=\"")
                .append(Html.escape(value)).append("\"></label>");
    }

    private void listFragment(Context ctx) {
        User user = Authenticator.user(ctx);
        int offset = Math.max(0, parseInt(ctx.queryParam("offset"), 0));
        ctx.html(listHtml(user, filter(ctx), offset));
    }

    private String listHtml(User user, DashboardQueries.ListFilter filter, int offset) {
        DataScope scope = context.scopes().of(user);
        DashboardQueries.Page page = queries.interactions(scope, filter, PAGE_SIZE, offset);
        context.audit().record(user, "interactions.list", "interactions", "dashboard " + describe(filter));
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"muted\">").append(Html.number(page.total(), 0)).append(" interactions");
        if (page.total() > 0) {
            html.append(", showing ").append(offset + 1).append("\u2013").append(offset + page.rows().size());
        }
        html.append("</p>\n<table class=\"data\" id=\"interaction-table\"><thead><tr><th>Started</th><th>Channel</th>"
                + "<th>Queue</th><th>Agent</th><th>Contact reason</th><th>Duration</th><th>Customer said</th></tr></thead><tbody>\n");
        for (DashboardQueries.Row row : page.rows()) {
            html.append("<tr><td><a href=\"/interactions/").append(Html.escape(Html.url(row.id()))).append("\">")
                    .append(Html.time(row.startedAt())).append("</a></td><td><span class=\"chip ch-")
                    .append(Html.escape(row.channel())).append("\">").append(Html.escape(row.channel())).append("</span></td><td>")
                    .append(Html.escape(row.queue())).append("</td><td>").append(Html.escape(row.agentId())).append("</td><td>")
                    .append(Html.escape(row.reason())).append("</td><td>").append(Html.clock(row.durationMs()))
                    .append("</td><td class=\"preview\">").append(Html.escape(row.preview())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        if (offset + page.rows().size() < page.total()) {
            html.append("<button class=\"more\" hx-get=\"/ui/interactions?").append(Html.escape(query(filter)))
                    .append("offset=").append(offset + PAGE_SIZE).append("\" hx-target=\"#list\">Next ")
                    .append(PAGE_SIZE).append("</button>");
        }
        if (offset > 0) {
            html.append(" <button class=\"more\" hx-get=\"/ui/interactions?").append(Html.escape(query(filter)))
                    .append("offset=").append(Math.max(0, offset - PAGE_SIZE)).append("\" hx-target=\"#list\">Previous</button>");
        }
        return html.toString();
    }

    private static String query(DashboardQueries.ListFilter filter) {
        StringBuilder query = new StringBuilder();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("channel", filter.channel());
        values.put("queue", filter.queue());
        values.put("agent", filter.agent());
        values.put("category", filter.category());
        values.put("event", filter.event());
        values.put("customer", filter.customer());
        values.forEach((name, value) -> {
            if (value != null) {
                query.append(name).append('=').append(Html.url(value)).append('&');
            }
        });
        return query.toString();
    }

    private static String describe(DashboardQueries.ListFilter filter) {
        return query(filter).replaceAll("&$", "");
    }

    static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + value + "' is not a whole number");
        }
    }

    // ------------------------------------------------------------------------------ detail

    /** The interaction when it exists and the user may see it; 404 or 403 (audited) otherwise. */
    private Interaction visible(User user, String id) {
        Interaction interaction = context.store().interaction(id)
                .orElseThrow(() -> ApiException.notFound("There is no interaction " + id + "."));
        if (!context.scopes().of(user).allowsAgent(interaction.agentId())) {
            context.audit().record(user, "interaction.denied", "interaction:" + id, "dashboard; outside the caller's scope");
            throw ApiException.forbidden("Interaction " + id + " belongs to an agent outside your "
                    + (user.role() == Role.AGENT ? "own interactions." : "teams."));
        }
        return interaction;
    }

    private void detail(Context ctx) {
        User user = Authenticator.user(ctx);
        String id = ctx.pathParam("id");
        Interaction interaction = visible(user, id);
        List<Finding> findings = context.store().findings(id);
        context.audit().record(user, "interaction.read", "interaction:" + id, "dashboard");
        TranscriptView transcript = new TranscriptView(interaction, findings);
        StringBuilder body = new StringBuilder(16_384);
        body.append("<div class=\"detail\" data-interaction=\"").append(Html.escape(id)).append("\">\n<section class=\"facts card\">");
        facts(body, user, interaction, findings);
        body.append("</section>\n");

        AudioRef audio = interaction.audio();
        if (audio != null) {
            body.append("<section class=\"card\"><h2>Recording</h2><audio controls preload=\"none\" src=\"/ui/interactions/")
                    .append(Html.escape(Html.url(id))).append("/audio\"></audio></section>\n");
        }

        List<Map<String, Object>> sentiment = sentimentPoints(interaction, findings);
        body.append("<section class=\"card\"><h2>Customer sentiment over the conversation</h2>");
        if (sentiment.isEmpty()) {
            body.append("<p class=\"muted\">No per-turn sentiment: the sentiment analyzer has not scored this interaction's"
                    + " customer turns.</p>");
        } else {
            body.append("<script type=\"application/json\" id=\"sentiment-data\">")
                    .append(Html.jsonForScript(context.json(), sentiment))
                    .append("</script><div class=\"chart short\" data-chart=\"sentiment\" data-source=\"#sentiment-data\"></div>");
        }
        body.append("</section>\n");

        body.append("<div class=\"columns\"><section class=\"card transcript-card\"><h2>Transcript</h2>")
                .append(legend()).append(transcript.html()).append("</section>\n<aside class=\"card findings\"><h2>Findings</h2>");
        findingsPanel(body, transcript);
        body.append("</aside></div>\n");

        if (user.can(Permission.READ_DESKTOP) && interaction.agentId() != null) {
            DesktopTimeline timeline = new DesktopTimeline(interaction,
                    context.store().desktopEvents(interaction.agentId()));
            body.append("<section class=\"card\" id=\"desktop\"><h2>Agent desktop during the conversation</h2>");
            if (timeline.hasDesktopActivity()) {
                body.append(timeline.html());
            } else {
                body.append("<p class=\"muted\">No desktop events of agent ").append(Html.escape(interaction.agentId()))
                        .append(" during this interaction.</p>");
            }
            body.append("</section>\n");
        }
        body.append("</div>");
        ctx.html(Layout.page(user, Section.INTERACTIONS, interaction.channel().wireName() + " " + id, body.toString()));
    }

    private static String legend() {
        return "<p class=\"legend\"><mark class=\"hl hl-category\">contact reason</mark> <mark class=\"hl hl-event\">event</mark>"
                + " <mark class=\"hl hl-compliance\">compliance</mark> <mark class=\"hl hl-behaviour\">behaviour</mark>"
                + " <mark class=\"hl hl-emotion\">emotion</mark> <span class=\"redacted\">[REDACTED]</span></p>";
    }

    private void facts(StringBuilder body, User user, Interaction interaction, List<Finding> findings) {
        body.append("<dl class=\"facts-list\">");
        fact(body, "Channel", interaction.channel().wireName() + ", " + interaction.direction().wireName());
        fact(body, "Started", Html.time(interaction.startedAt()) + " UTC");
        fact(body, "Duration", Html.clock(interaction.duration().toMillis()));
        fact(body, "Queue", interaction.queue());
        body.append("<dt>Agent</dt><dd>");
        if (interaction.agentId() != null && user.can(Permission.READ_SCORECARD)) {
            body.append("<a href=\"/agents/").append(Html.escape(Html.url(interaction.agentId()))).append("\">")
                    .append(Html.escape(interaction.agentId())).append("</a>");
        } else {
            body.append(Html.escape(interaction.agentId()));
        }
        body.append("</dd>");
        var outcome = interaction.outcome();
        fact(body, "Resolved", outcome.resolved() == null ? null : outcome.resolved() ? "yes" : "no");
        fact(body, "Transferred", outcome.transferred() == null ? null : outcome.transferred() ? "yes" : "no");
        fact(body, "CSAT", outcome.csat() == null ? null : outcome.csat() + " / 5");
        findings.stream().filter(f -> f.type().equals("sentiment.trend")).findFirst()
                .ifPresent(f -> fact(body, "Sentiment trend", f.label()));
        findings.stream().filter(f -> f.type().equals("qa")).forEach(f ->
                fact(body, "QA " + f.name(), Html.number(f.score(), 0) + " (" + f.label() + ")"));
        CustomerRef customer = interaction.customer();
        String customerId = customer.id();
        body.append("<dt>Customer</dt><dd>");
        if (customerId != null && user.can(Permission.READ_CUSTOMERS)) {
            body.append("<a href=\"/customers/").append(Html.escape(Html.url(customerId))).append("\">")
                    .append(Html.escape(customerId)).append("</a> (journey)");
        } else {
            body.append(Html.escape(customerId == null ? "unknown" : customerId));
        }
        body.append("</dd>");
        identifier(body, "email", "E-mail", PiiMask.email(customer.email()));
        identifier(body, "phone", "Phone", PiiMask.phone(customer.phone()));
        identifier(body, "handle", "Handle", PiiMask.handle(customer.handle()));
        body.append("</dl>");
        if (user.can(Permission.UNMASK_PII)) {
            body.append("<p><button type=\"button\" id=\"reveal\" data-interaction=\"").append(Html.escape(interaction.id()))
                    .append("\">Reveal personal data</button> <span class=\"muted\">Every reveal is written to the audit"
                            + " log.</span></p><div id=\"pii-spans\"></div>");
        }
    }

    private static void identifier(StringBuilder body, String field, String label, String masked) {
        if (masked != null) {
            body.append("<dt>").append(label).append("</dt><dd data-pii=\"").append(field).append("\" class=\"masked\">")
                    .append(Html.escape(masked)).append("</dd>");
        }
    }

    private static void fact(StringBuilder body, String label, String value) {
        if (value != null && !value.isBlank()) {
            body.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
        }
    }

    private static void findingsPanel(StringBuilder body, TranscriptView transcript) {
        String type = null;
        int shown = 0;
        for (TranscriptView.Shown item : transcript.findings()) {
            Finding finding = item.finding();
            if (!finding.type().equals(type)) {
                if (type != null) {
                    body.append("</ul>");
                }
                type = finding.type();
                body.append("<h3>").append(Html.escape(heading(type))).append("</h3><ul class=\"finding-list\">");
            }
            body.append("<li class=\"finding f-").append(TranscriptView.cssName(finding.type())).append("\" data-finding=\"")
                    .append(item.key()).append("\">");
            if (item.hasSpans()) {
                body.append("<a href=\"#e-").append(item.key()).append("\" class=\"evidence-link\">")
                        .append(Html.escape(finding.name())).append("</a>");
            } else {
                Optional<Evidence> turn = finding.evidence().stream().filter(e -> !e.isWholeInteraction()).findFirst();
                if (turn.isPresent()) {
                    body.append("<a href=\"#t").append(turn.get().turnIndex()).append("\" class=\"evidence-link\">")
                            .append(Html.escape(finding.name())).append("</a>");
                } else {
                    body.append(Html.escape(finding.name()));
                }
            }
            if (!finding.label().isBlank()) {
                body.append(" <span class=\"label l-").append(Html.escape(finding.label().replaceAll("[^a-z_]", "")))
                        .append("\">").append(Html.escape(finding.label())).append("</span>");
            }
            body.append("</li>");
            shown++;
        }
        if (type != null) {
            body.append("</ul>");
        }
        if (shown == 0) {
            body.append("<p class=\"muted\">No categories, events or behaviours found.</p>");
        }
        int redactions = transcript.redactions();
        if (redactions > 0) {
            body.append("<h3>Redactions</h3><p>").append(redactions).append(" personal data ")
                    .append(redactions == 1 ? "value was" : "values were")
                    .append(" redacted before storage; the originals are not kept.</p>");
        }
    }

    private static String heading(String type) {
        return switch (type) {
            case "category" -> "Contact reasons";
            case "event" -> "Events";
            case "compliance" -> "Compliance";
            case "behaviour" -> "Agent behaviours";
            case "emotion" -> "Emotions";
            case "qa" -> "Quality";
            default -> type;
        };
    }

    /** Per customer turn: its index, start in seconds, sentiment score and the start of its text. */
    private static List<Map<String, Object>> sentimentPoints(Interaction interaction, List<Finding> findings) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Finding finding : findings) {
            if (!finding.type().equals("sentiment.turn") || finding.evidence().isEmpty()) {
                continue;
            }
            int index = finding.evidence().get(0).turnIndex();
            if (index < 0 || index >= interaction.turns().size()) {
                continue;
            }
            Turn turn = interaction.turns().get(index);
            if (turn.speaker() != Speaker.CUSTOMER) {
                continue;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("turn", index);
            point.put("seconds", turn.startMs() / 1000.0);
            point.put("score", Math.round(finding.score() * 1000) / 1000.0);
            point.put("label", finding.label());
            point.put("text", turn.text().length() > 80 ? turn.text().substring(0, 80) + "\u2026" : turn.text());
            points.add(point);
        }
        points.sort(Comparator.comparingInt(point -> (Integer) point.get("turn")));
        return points;
    }

    // ------------------------------------------------------------------------------ audio

    private void audio(Context ctx) throws IOException {
        User user = Authenticator.user(ctx);
        String id = ctx.pathParam("id");
        Interaction interaction = visible(user, id);
        AudioRef audio = interaction.audio();
        if (audio == null) {
            throw ApiException.notFound("Interaction " + id + " has no recording.");
        }
        Path file = resolveAudio(audio.uri())
                .orElseThrow(() -> ApiException.notFound("The recording of " + id + " (" + audio.uri()
                        + ") is not on this server."));
        String name = file.getFileName().toString();
        String type = AUDIO_TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        context.audit().record(user, "audio.read", "interaction:" + id, "dashboard");
        InputStream in = Files.newInputStream(file);
        ctx.contentType(type);
        ctx.header("Cache-Control", "private, no-store");
        ctx.writeSeekableStream(in, type, Files.size(file));
    }

    /**
     * The audio file an {@link AudioRef} points at: an absolute path or {@code file:} URI, or a path
     * relative to the data folder (or its {@code audio/} folder). Only audio file types are served.
     */
    private Optional<Path> resolveAudio(String uri) {
        List<Path> candidates = new ArrayList<>();
        try {
            if (uri.startsWith("file:")) {
                candidates.add(Path.of(URI.create(uri)));
            } else {
                Path given = Path.of(uri);
                if (given.isAbsolute()) {
                    candidates.add(given);
                } else {
                    Path data = context.store().dataDir().toAbsolutePath().normalize();
                    candidates.add(data.resolve(given).normalize());
                    candidates.add(data.resolve("audio").resolve(given).normalize());
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(path -> {
                    String name = path.getFileName() == null ? "" : path.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    return dot > 0 && AUDIO_TYPES.containsKey(name.substring(dot + 1).toLowerCase(Locale.ROOT));
                })
                .filter(Files::isRegularFile).findFirst();
    }

    // ------------------------------------------------------------------------------ search

    private void search(Context ctx) {
        User user = Authenticator.user(ctx);
        String q = blankToNull(ctx.queryParam("q"));
        StringBuilder body = new StringBuilder();
        body.append("<form class=\"filters\" hx-get=\"/ui/search\" hx-target=\"#results\">")
                .append("<label class=\"grow\">Words <input type=\"search\" name=\"q\" id=\"q\" value=\"").append(Html.escape(q))
                .append("\" placeholder='\"late fee\" AND refund~' autofocus></label>")
                .append("<label>Speaker <select name=\"speaker\"><option value=\"\">anyone</option><option>customer</option>")
                .append("<option>agent</option></select></label>")
                .append("<label>Channel <select name=\"channel\"><option value=\"\">all</option>");
        for (Channel channel : Channel.values()) {
            body.append("<option>").append(channel.wireName()).append("</option>");
        }
        body.append("</select></label><button type=\"submit\">Search</button></form>\n<p class=\"muted\">Lucene syntax:"
                + " phrases in quotes, AND / OR / NOT, wildcards, \"word1 word2\"~5 for words near each other.</p>\n"
                + "<div id=\"results\">");
        if (q != null) {
            body.append(searchHtml(user, q, null, null));
        }
        body.append("</div>");
        ctx.html(Layout.page(user, Section.SEARCH, "Search", body.toString()));
    }

    private void searchFragment(Context ctx) {
        User user = Authenticator.user(ctx);
        String q = blankToNull(ctx.queryParam("q"));
        if (q == null) {
            ctx.html("<p class=\"muted\">Type some words to search for.</p>");
            return;
        }
        ctx.html(searchHtml(user, q, blankToNull(ctx.queryParam("speaker")), blankToNull(ctx.queryParam("channel"))));
    }

    private String searchHtml(User user, String q, String speaker, String channel) {
        DataScope scope = context.scopes().of(user);
        List<String> agents = scope instanceof DataScope.Agents scoped
                ? scoped.agentIds().stream().sorted().toList() : java.util.Collections.singletonList(null);
        List<SearchHit> hits = new ArrayList<>();
        long total = 0;
        try {
            for (String agent : agents) {
                SearchResult result = context.store().search(new SearchRequest(q,
                        channel == null ? null : Channel.parse(channel),
                        speaker == null ? null : Speaker.parse(speaker), agent, null, null, 50));
                total += result.totalHits();
                hits.addAll(result.hits());
            }
        } catch (IllegalArgumentException | io.touchpoint.core.TouchpointException e) {
            return "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>";
        }
        context.audit().record(user, "search", "turns", "dashboard " + q);
        hits.sort(Comparator.comparingDouble((SearchHit hit) -> -hit.score()));
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"muted\">").append(Html.number(total, 0)).append(" matching turns</p><ol class=\"hits\">");
        for (SearchHit hit : hits.subList(0, Math.min(50, hits.size()))) {
            html.append("<li><a href=\"/interactions/").append(Html.escape(Html.url(hit.interactionId()))).append("#t")
                    .append(hit.turnIndex()).append("\">").append(Html.escape(hit.interactionId())).append("</a> <span class=\"chip ch-")
                    .append(Html.escape(hit.channel().wireName())).append("\">").append(Html.escape(hit.channel().wireName()))
                    .append("</span> <span class=\"muted\">").append(Html.escape(hit.speaker().wireName())).append(", ")
                    .append(Html.time(hit.startedAt())).append(", ").append(Html.escape(hit.agentId())).append("</span>")
                    .append("<div class=\"snippet\">").append(Html.snippet(hit.snippet())).append("</div></li>");
        }
        return html.append("</ol>").toString();
    }
}
