package io.touchpoint.server.dashboard;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.AuditEntry;
import io.touchpoint.store.AuditQuery;
import java.util.List;

/**
 * Live alerts for supervisors (the page listens to the API's SSE stream {@code /api/alerts/stream} and
 * lists its history from {@code /api/alerts}), and the audit log for auditors.
 */
final class MonitoringPages {

    private final ServerContext context;

    MonitoringPages(ServerContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/alerts", this::alerts, Permission.READ_ALERTS);
        routes.get("/audit", this::audit, Permission.READ_AUDIT);
    }

    private void alerts(Context ctx) {
        User user = Authenticator.user(ctx);
        String body = "<p class=\"muted\">Alerts raised while conversations are still going on"
                + (user.teams().isEmpty() ? "" : ", for your teams (" + Html.escape(String.join(", ", user.teams())) + ")")
                + ". New alerts appear at the top as they are raised.</p>"
                + "<p><span id=\"alert-status\" class=\"status\" data-state=\"connecting\">connecting\u2026</span></p>"
                + "<section class=\"card\"><table class=\"data\" id=\"alerts\" data-stream=\"/api/alerts/stream\""
                + " data-history=\"/api/alerts?limit=50\"><thead><tr><th>Raised</th><th>Severity</th><th>Alert</th>"
                + "<th>Conversation</th><th>Agent</th><th>Team</th><th>Words</th></tr></thead><tbody></tbody></table>"
                + "<p class=\"muted\" id=\"alerts-empty\">No alerts yet.</p></section>";
        ctx.html(Layout.page(user, Section.ALERTS, "Live alerts", body));
    }

    private void audit(Context ctx) {
        User user = Authenticator.user(ctx);
        String actor = InteractionPages.blankToNull(ctx.queryParam("actor"));
        String action = InteractionPages.blankToNull(ctx.queryParam("action"));
        String target = InteractionPages.blankToNull(ctx.queryParam("target"));
        AuditQuery query = AuditQuery.latest(200).byActor(actor).withActionPrefix(action).onTarget(target);
        List<AuditEntry> entries = context.store().audit().read(query);
        context.audit().record(user, "audit.read", "audit", "dashboard" + (actor == null ? "" : " actor=" + actor)
                + (action == null ? "" : " action=" + action) + (target == null ? "" : " target=" + target));
        StringBuilder body = new StringBuilder();
        body.append("<form class=\"filters\" method=\"get\" action=\"/audit\">");
        input(body, "actor", "Who", actor);
        input(body, "action", "Action starts with", action);
        input(body, "target", "Target", target);
        body.append("<button type=\"submit\">Filter</button></form>\n<p class=\"muted\">The newest ")
                .append(entries.size()).append(" entries. The log is append-only and hash-chained: each entry's hash"
                        + " covers the one before, so an edited or deleted entry breaks the chain.</p>")
                .append("<section class=\"card\"><table class=\"data\" id=\"audit-table\"><thead><tr><th>#</th><th>When (UTC)</th>")
                .append("<th>Who</th><th>Action</th><th>Target</th><th>Detail</th></tr></thead><tbody>");
        for (AuditEntry entry : entries) {
            body.append("<tr><td>").append(entry.seq()).append("</td><td>").append(Html.escape(entry.at().toString()))
                    .append("</td><td>").append(Html.escape(entry.actor())).append("</td><td>").append(Html.escape(entry.action()))
                    .append("</td><td>").append(Html.escape(entry.target())).append("</td><td>").append(Html.escape(entry.detail()))
                    .append("</td></tr>");
        }
        body.append("</tbody></table></section>");
        ctx.html(Layout.page(user, Section.AUDIT, "Audit log", body.toString()));
    }

    private static void input(StringBuilder body, String name, String label, String value) {
        body.append("<label>").append(label).append(" <input type=\"text\" name=\"").append(name).append("\" value=\"")
                .append(Html.escape(value)).append("\"></label>");
    }
}
