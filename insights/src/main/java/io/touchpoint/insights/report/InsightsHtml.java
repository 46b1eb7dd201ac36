package io.touchpoint.insights.report;

import static java.util.Objects.requireNonNull;

import io.touchpoint.insights.InsightsConfig;
import io.touchpoint.insights.opportunity.Opportunity;
import io.touchpoint.insights.trend.Anomaly;
import io.touchpoint.insights.trend.DailySeries;
import io.touchpoint.insights.trend.RepeatRise;
import io.touchpoint.insights.trend.SeriesPoint;
import io.touchpoint.insights.trend.TrendReport;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Self-contained HTML pages (inline CSS and SVG charts, no scripts, nothing fetched) of the opportunities and the
 * trends, to mail or attach to a decision.
 */
public final class InsightsHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
            table{border-collapse:collapse;width:100%;margin:1em 0;font-size:14px}
            th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}td.n{text-align:right;white-space:nowrap}.muted{color:#777;font-size:13px}
            code{font-size:12px;color:#555}.grid{display:flex;flex-wrap:wrap;gap:12px}
            .card{border:1px solid #ddd;border-radius:4px;padding:8px}""";

    private InsightsHtml() {
    }

    /** The ranked opportunities with a bar chart of the fifteen most valuable. */
    public static String opportunities(List<Opportunity> ranked, InsightsConfig config) {
        requireNonNull(ranked, "ranked is null");
        requireNonNull(config, "config is null");
        StringBuilder html = start("Opportunities");
        html.append("<h1>Opportunities</h1><p class=\"muted\">Ranked by yearly value at ")
                .append(format("%.2f", config.cost().costPerAgentMinute())).append(" per agent minute; training figures ")
                .append("assume ").append(format("%.0f%%", config.addressableShare() * 100))
                .append(" of a measured excess is addressable, automation figures ")
                .append(format("%.0f%%", config.automationRate() * 100))
                .append(" of the work. Effects are measured against comparable interactions (same queue and channel).</p>");
        if (ranked.isEmpty()) {
            return html.append("<p>No opportunities: analyze interactions first.</p></body></html>\n").toString();
        }
        List<Opportunity> top = ranked.subList(0, Math.min(15, ranked.size()));
        double max = top.getFirst().yearlyValue();
        int rowHeight = 22;
        int width = 900;
        int labelWidth = 330;
        html.append("<svg width=\"").append(width).append("\" height=\"").append(top.size() * rowHeight + 10)
                .append("\" role=\"img\" aria-label=\"yearly value of the top opportunities\">");
        for (int i = 0; i < top.size(); i++) {
            Opportunity o = top.get(i);
            double bar = (width - labelWidth - 110) * o.yearlyValue() / max;
            int y = i * rowHeight + 4;
            String color = o.type().equals(Opportunity.AUTOMATION) ? "#4a7fb5" : "#d08c2e";
            html.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                    .append(escape(cut(o.rank() + ". " + o.subject(), 48))).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"")
                    .append(format("%.1f", Math.max(1, bar))).append("\" height=\"16\" fill=\"").append(color)
                    .append("\"><title>").append(escape(o.action())).append("</title></rect>")
                    .append("<text x=\"").append(format("%.1f", labelWidth + bar + 6)).append("\" y=\"").append(y + 13)
                    .append("\" font-size=\"12\">").append(format("%,.0f", o.yearlyValue())).append("</text>");
        }
        html.append("</svg><p class=\"muted\"><span style=\"color:#d08c2e\">&#9632;</span> training "
                + "<span style=\"color:#4a7fb5\">&#9632;</span> automation</p>");
        html.append("<table><tr><th>#</th><th>type</th><th>subject</th><th>value / year</th><th>FTE</th><th>evidence</th>"
                + "<th>action and basis</th><th>examples</th></tr>");
        for (Opportunity o : ranked) {
            html.append("<tr><td class=\"n\">").append(o.rank()).append("</td><td>").append(escape(o.type()))
                    .append("<br><span class=\"muted\">").append(escape(o.source())).append("</span></td><td>")
                    .append(escape(o.subject())).append("</td><td class=\"n\">").append(format("%,.0f", o.yearlyValue()))
                    .append("</td><td class=\"n\">").append(format("%.2f", o.fullTimeEquivalents()))
                    .append("</td><td class=\"n\">").append(format("%,d", o.evidenceCount())).append("</td><td>")
                    .append(escape(o.action())).append("<br><span class=\"muted\">").append(escape(o.basis()))
                    .append(Double.isFinite(o.pValue()) ? format("; p = %.1e", o.pValue()) : "").append("</span></td><td><code>")
                    .append(o.exampleIds().stream().map(InsightsHtml::escape).collect(Collectors.joining("<br>")))
                    .append("</code></td></tr>");
        }
        return html.append("</table></body></html>\n").toString();
    }

    /** Volume and the busiest categories and events as daily charts with their spikes, then the alerts. */
    public static String trends(TrendReport report) {
        requireNonNull(report, "report is null");
        StringBuilder html = start("Trends");
        html.append("<h1>Trends and alerts</h1>");
        if (report.series().isEmpty()) {
            return html.append("<p>No interactions in the period.</p></body></html>\n").toString();
        }
        html.append("<p class=\"muted\">Days are UTC. Red dots are spikes: days far above the same weekday of the "
                + "surrounding weeks (robust z-score on counts).</p>");
        // Volume: the whole center, or with a split the volume of each segment.
        List<DailySeries> charted = report.series().stream().filter(s -> s.kind().equals("volume"))
                .sorted(Comparator.comparingDouble(DailySeries::total).reversed()).limit(6).collect(Collectors.toList());
        Set<String> spiking = report.anomalies().stream().map(Anomaly::series).collect(Collectors.toSet());
        report.series().stream().filter(s -> spiking.contains(s.label())).forEach(charted::add);
        report.series().stream().filter(s -> (s.kind().equals("category") || s.kind().equals("event"))
                        && !spiking.contains(s.label()))
                .sorted(Comparator.comparingDouble(DailySeries::total).reversed()).limit(8).forEach(charted::add);
        html.append("<div class=\"grid\">");
        for (DailySeries series : charted.stream().distinct().limit(20).toList()) {
            List<LocalDate> spikes = report.anomalies().stream().filter(a -> a.series().equals(series.label()))
                    .map(Anomaly::day).toList();
            html.append("<div class=\"card\"><div>").append(escape(series.label())).append("</div>")
                    .append(lineChart(series.points(), spikes, 360, 110)).append("</div>");
        }
        html.append("</div><h2>Spikes</h2>");
        if (report.anomalies().isEmpty()) {
            html.append("<p>None.</p>");
        } else {
            html.append("<table><tr><th>day</th><th>series</th><th>value</th><th>usual</th><th>score</th><th>interactions</th></tr>");
            for (Anomaly anomaly : report.anomalies()) {
                html.append("<tr><td>").append(anomaly.day()).append(' ')
                        .append(anomaly.day().getDayOfWeek().toString().substring(0, 3)).append("</td><td>")
                        .append(escape(anomaly.series())).append("</td><td class=\"n\">")
                        .append(format("%.4g", anomaly.value())).append("</td><td class=\"n\">")
                        .append(format("%.3g", anomaly.expected())).append("</td><td class=\"n\">")
                        .append(format("%.1f", anomaly.score())).append("</td><td><code>")
                        .append(anomaly.interactionIds().stream().limit(5).map(InsightsHtml::escape)
                                .collect(Collectors.joining(" ")))
                        .append("</code></td></tr>");
            }
            html.append("</table>");
        }
        html.append("<h2>Rising repeat contacts</h2>");
        if (report.repeatRises().isEmpty()) {
            html.append("<p>None.</p>");
        } else {
            html.append("<table><tr><th>reason</th><th>baseline</th><th>recent</th><th>p</th><th>weekly rate</th>"
                    + "<th>repeated contacts</th></tr>");
            for (RepeatRise rise : report.repeatRises()) {
                List<SeriesPoint> weekly = rise.weekly().stream()
                        .map(week -> new SeriesPoint(week.weekStart(), week.rate(), week.contacts())).toList();
                html.append("<tr><td>").append(escape(rise.reason())).append("</td><td class=\"n\">")
                        .append(format("%.1f%%", rise.baselineRate() * 100)).append("</td><td class=\"n\">")
                        .append(format("%.1f%%", rise.recentRate() * 100)).append("</td><td class=\"n\">")
                        .append(format("%.1e", rise.pValue())).append("</td><td>")
                        .append(lineChart(weekly, List.of(), 200, 40)).append("</td><td><code>")
                        .append(rise.exampleIds().stream().limit(5).map(InsightsHtml::escape)
                                .collect(Collectors.joining(" ")))
                        .append("</code></td></tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String lineChart(List<SeriesPoint> points, List<LocalDate> spikes, int width, int height) {
        double max = points.stream().mapToDouble(SeriesPoint::value).filter(Double::isFinite).max().orElse(1);
        max = max <= 0 ? 1 : max;
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            SeriesPoint point = points.get(i);
            if (!Double.isFinite(point.value())) {
                continue;
            }
            double x = n == 1 ? width / 2.0 : 2 + (width - 4) * i / (double) (n - 1);
            double y = height - 2 - (height - 4) * point.value() / max;
            path.append(path.isEmpty() ? "M" : "L").append(format("%.1f,%.1f", x, y));
            if (spikes.contains(point.day())) {
                dots.append("<circle cx=\"").append(format("%.1f", x)).append("\" cy=\"").append(format("%.1f", y))
                        .append("\" r=\"3.5\" fill=\"#c0392b\"><title>").append(point.day()).append(": ")
                        .append(format("%.4g", point.value())).append("</title></circle>");
            }
        }
        return "<svg width=\"" + width + "\" height=\"" + height + "\"><path d=\"" + path
                + "\" fill=\"none\" stroke=\"#4a7fb5\" stroke-width=\"1.2\"/>" + dots + "<text x=\"2\" y=\"10\" "
                + "font-size=\"10\" fill=\"#777\">max " + format("%.4g", max) + "</text></svg>";
    }

    private static StringBuilder start(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Touchpoint: ")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
