package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.report.InsightsHtml;
import io.touchpoint.insights.trend.Anomaly;
import io.touchpoint.insights.trend.AnomalySettings;
import io.touchpoint.insights.trend.DailySeries;
import io.touchpoint.insights.trend.RepeatRise;
import io.touchpoint.insights.trend.RepeatRiseDetector;
import io.touchpoint.insights.trend.SeriesPoint;
import io.touchpoint.insights.trend.TrendReport;
import io.touchpoint.insights.trend.TrendSettings;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code touchpoint report trends}: daily series, spikes and rising repeat contacts. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = {"Daily series per category, event and KPI; spikes against the same weekday of the surrounding "
                + "weeks (an outage); contact reasons whose repeat-contact rate is rising (the same issue keeps "
                + "failing). See docs/insights.md.",
            "Example: touchpoint report trends --split attribute:region --format html --out trends.html"})
public final class TrendsReportCommand implements Callable<Integer> {

    enum Format { table, json, csv, html }

    @Mixin
    DataOptions data;

    @Option(names = "--from", paramLabel = "WHEN", description = "First day (YYYY-MM-DD, UTC) or instant included.")
    String from;

    @Option(names = "--to", paramLabel = "WHEN", description = "Last day included, or the first instant excluded.")
    String to;

    @Option(names = "--split", paramLabel = "DIM",
            description = "One series per queue, channel or interaction attribute (attribute:region).")
    String split;

    @Option(names = "--threshold", defaultValue = "4.5", paramLabel = "Z",
            description = "Robust z-score of a spike (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--trailing", description = "Judge each day only against earlier weeks (as live alerting would).")
    boolean trailing;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput output;


    @Override
    public Integer call() {
        TrendSettings trends;
        AnomalySettings anomalies;
        try {
            trends = new TrendSettings(InsightOptions.instant("--from", from, false), InsightOptions.instant("--to", to, true),
                    split == null || split.isBlank() ? null : split.trim(), TrendSettings.defaults().minTotal());
            anomalies = AnomalySettings.defaults().withThreshold(threshold).withTrailing(trailing);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        TrendReport report;
        try (TouchpointStore store = data.open()) {
            report = TrendReport.build(store, trends, anomalies, RepeatRiseDetector.Settings.defaults());
        }
        String text = switch (format) {
            case json -> InsightsJson.write(report) + System.lineSeparator();
            case csv -> csv(report);
            case html -> InsightsHtml.trends(report);
            case table -> table(report);
        };
        output.write(text);
        return 0;
    }

    static String table(TrendReport report) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        if (report.series().isEmpty()) {
            out.println("no interactions in the period");
            out.flush();
            return buffer.toString();
        }
        DailySeries volume = report.series().stream().filter(s -> s.kind().equals("volume")).findFirst().orElse(null);
        if (volume != null) {
            out.printf(Locale.ROOT, "%d series over %d days (%s to %s)%n%n", report.series().size(),
                    volume.points().size(), volume.points().getFirst().day(), volume.points().getLast().day());
        }
        out.println("Spikes (against the same weekday of the surrounding weeks):");
        if (report.anomalies().isEmpty()) {
            out.println("  none");
        } else {
            Table table = new Table(48, "day", "weekday", "series", "value", "usual", "score", "examples");
            for (Anomaly anomaly : report.anomalies()) {
                table.row(anomaly.day(), anomaly.day().getDayOfWeek().toString().substring(0, 3), anomaly.series(),
                        String.format(Locale.ROOT, "%.4g", anomaly.value()),
                        String.format(Locale.ROOT, "%.3g", anomaly.expected()),
                        String.format(Locale.ROOT, "%.1f", anomaly.score()),
                        String.join(" ", anomaly.interactionIds().subList(0, Math.min(2, anomaly.interactionIds().size()))));
            }
            table.print(out);
        }
        out.println();
        out.println("Rising repeat contacts (the same issue keeps failing):");
        if (report.repeatRises().isEmpty()) {
            out.println("  none");
        } else {
            Table table = new Table(40, "reason", "baseline", "recent", "recent from", "p", "examples");
            for (RepeatRise rise : report.repeatRises()) {
                table.row(rise.reason(), String.format(Locale.ROOT, "%.1f%% of %,d", rise.baselineRate() * 100,
                                rise.baselineContacts()),
                        String.format(Locale.ROOT, "%.1f%% of %,d", rise.recentRate() * 100, rise.recentContacts()),
                        rise.recentFrom(), String.format(Locale.ROOT, "%.1e", rise.pValue()),
                        String.join(" ", rise.exampleIds().subList(0, Math.min(2, rise.exampleIds().size()))));
            }
            table.print(out);
        }
        out.flush();
        return buffer.toString();
    }

    static String csv(TrendReport report) {
        CsvText csv = new CsvText("day", "kind", "name", "segment", "measure", "value", "count");
        for (DailySeries series : report.series()) {
            for (SeriesPoint point : series.points()) {
                csv.row(point.day(), series.kind(), series.name(), series.segment(), series.measure(), point.value(),
                        point.count());
            }
        }
        return csv.toString();
    }
}
