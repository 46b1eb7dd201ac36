package io.touchpoint.server.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import java.util.Optional;

/**
 * The web dashboard: server-rendered pages (HTML escaped throughout), htmx for the parts that update
 * in place, Apache ECharts for the charts, both from WebJars; the stylesheet and the page script are
 * static files in {@code src/main/resources/dashboard/}. {@link io.touchpoint.server.TouchpointServer}
 * calls {@link #register} once, after the API routes.
 *
 * <p>Every page route requires the {@link Permission} of its {@link Section}, so the navigation and
 * the routes agree on who sees what; pages that show rows about people also check the user's data
 * scope (403 for another agent's interaction) and write the audit log, as the API does.
 *
 * <p>Routes: {@code /} (the user's first page), {@code /login}, {@code /overview}, {@code /taxonomy},
 * {@code /interactions}, {@code /interactions/{id}}, {@code /search}, {@code /customers/{key}},
 * {@code /agents}, {@code /agents/{id}}, {@code /opportunities}, {@code /trends}, {@code /processes},
 * {@code /alerts}, {@code /audit}; fragments and chart data under {@code /ui/}.
 */
public final class Dashboard {

    private Dashboard() {
    }

    /** Adds the dashboard's routes to {@code config}. */
    public static void register(JavalinConfig config, ServerContext context) {
        DashboardQueries queries = new DashboardQueries(context.store());
        var routes = config.routes;
        routes.get("/", Dashboard::home, Permission.AUTHENTICATED);
        routes.get("/login", Dashboard::login);
        new AnalyticsPages(context, queries).register(routes);
        new InteractionPages(context, queries).register(routes);
        new PeoplePages(context, queries).register(routes);
        new MonitoringPages(context).register(routes);
        // The server answers errors in JSON; a person who opened a page gets the same status as a page.
        routes.after(ctx -> errorPage(ctx, context.json()));
    }

    private static void home(Context ctx) {
        User user = Authenticator.user(ctx);
        Optional<Section> home = Section.home(user);
        if (home.isPresent()) {
            ctx.redirect(home.get().path(), HttpStatus.FOUND);
        } else {
            ctx.html(Layout.page(user, null, "Touchpoint", "<p>Your role has no dashboard pages.</p>"));
        }
    }

    private static void login(Context ctx) {
        String next = safeNext(ctx.queryParam("next"));
        String body = "<form class=\"login card\" id=\"login-form\" method=\"post\" action=\"/api/login\">"
                + "<h1>Touchpoint</h1><p class=\"muted\">Sign in to the interaction analytics dashboard.</p>"
                + "<label>Username <input type=\"text\" name=\"username\" id=\"username\" autocomplete=\"username\" required autofocus></label>"
                + "<label>Password <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required></label>"
                + "<input type=\"hidden\" name=\"next\" value=\"" + Html.escape(next) + "\">"
                + "<p class=\"error\" id=\"login-error\" role=\"alert\" hidden></p>"
                + "<button type=\"submit\">Sign in</button></form>";
        ctx.html(Layout.bare("Sign in", body));
    }

    /** Only a local path may be the target after signing in: never another site ({@code //evil}, {@code https:}). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/api/")) {
            return "/";
        }
        return next;
    }

    private static void errorPage(Context ctx, ObjectMapper json) {
        int status = ctx.statusCode();
        String path = ctx.path();
        if (status < 400 || path.startsWith("/api") || path.startsWith("/webjars") || path.endsWith(".json")
                || "/health".equals(path) || "/ready".equals(path) || "/metrics".equals(path)) {
            return;
        }
        String message = message(ctx, status, json);
        if (path.startsWith("/ui/")) {
            ctx.html("<p class=\"error\">" + Html.escape(message) + "</p>");
            return;
        }
        String title = switch (status) {
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 400 -> "Bad request";
            default -> "Something went wrong";
        };
        String body = "<p class=\"error-message\">" + Html.escape(message) + "</p><p><a href=\"/\">Back to the dashboard</a></p>";
        Optional<User> user = Authenticator.optionalUser(ctx);
        ctx.html(user.isPresent() ? Layout.page(user.get(), null, title, body)
                : Layout.bare(title, "<h1>" + title + "</h1>" + body));
    }

    /** The message of the JSON error the server wrote, or a plain one. */
    private static String message(Context ctx, int status, ObjectMapper json) {
        String result = ctx.result();
        if (result != null && result.startsWith("{")) {
            try {
                JsonNode message = json.readTree(result).get("message");
                if (message != null && message.isTextual()) {
                    return message.asText();
                }
            } catch (JsonProcessingException e) {
                // not the server's error shape: fall back to a plain message
            }
        }
        return switch (status) {
            case 403 -> "Your role may not open this page.";
            case 404 -> "There is no such page.";
            default -> "The server could not answer (status " + status + "); the server log has the details.";
        };
    }
}
