package io.touchpoint.server.dashboard;

import io.touchpoint.server.auth.User;

/**
 * The frame around every page: head with the stylesheet and the WebJars scripts, the navigation
 * (only the sections the user may open), the signed-in user and the sign-out button.
 */
final class Layout {

    static final String ECHARTS = "/webjars/echarts/5.5.0/echarts.min.js";
    static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    private Layout() {
    }

    /**
     * A whole page. {@code body} must already be escaped HTML; {@code title} is escaped here.
     *
     * @param active the navigation entry to mark, or null
     */
    static String page(User user, Section active, String title, String body) {
        StringBuilder html = new StringBuilder(8_192);
        head(html, title);
        html.append("<body data-user=\"").append(Html.escape(user.username())).append("\">\n<header class=\"top\">")
                .append("<a class=\"brand\" href=\"/\">Touchpoint</a><nav>");
        for (Section section : Section.visibleSections(user)) {
            html.append("<a href=\"").append(section.path()).append('"')
                    .append(section == active ? " class=\"active\" aria-current=\"page\"" : "")
                    .append(" data-section=\"").append(section.name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(Html.escape(section.label())).append("</a>");
        }
        html.append("</nav><div class=\"who\"><span title=\"").append(Html.escape(user.username())).append("\">")
                .append(Html.escape(user.displayName())).append(" &middot; ").append(Html.escape(user.role().id()))
                .append("</span><button type=\"button\" id=\"logout\" class=\"link\">Sign out</button></div></header>\n")
                .append("<main>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append(body)
                .append("\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A page without navigation (sign-in, errors for signed-out visitors). */
    static String bare(String title, String body) {
        StringBuilder html = new StringBuilder(2_048);
        head(html, title);
        html.append("<body class=\"bare\">\n<main>\n").append(body).append("\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" \u2013 Touchpoint</title>\n")
                .append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("<link rel=\"stylesheet\" href=\"/app.css\">\n")
                .append("<script src=\"").append(HTMX).append("\" defer></script>\n")
                .append("<script src=\"").append(ECHARTS).append("\" defer></script>\n")
                .append("<script src=\"/app.js\" defer></script>\n</head>\n");
    }
}
