package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.touchpoint.insights.process.ProcessReport.ApplicationTime;
import io.touchpoint.insights.process.ProcessSummary.GroupDurations;
import io.touchpoint.insights.process.ProcessSummary.StepTime;
import io.touchpoint.insights.process.ProcessSummary.Variant;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A {@link ProcessReport} as JSON (the records as they are), CSV (one row per process) or a self-contained
 * HTML page with inline SVG charts (no scripts, no network), for the CLI now and the dashboard later.
 */
public final class ProcessReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = new CsvMapper();

    private ProcessReportWriter() {
    }

    public static String json(ProcessReport report) {
        requireNonNull(report, "report is null");
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per process, in rank order; the value column is named for the shrink, e.g. value_of_shrinking_60s. */
    public static String csv(ProcessReport report) {
        requireNonNull(report, "report is null");
        List<String> headers = List.of("rank", "process", "instances", "open_ended", "median_seconds", "p90_seconds",
                "mean_seconds", "agents", "systems", "mean_systems_per_run", "top_variant", "top_variant_share",
                "slowest_step", "slowest_step_share", "waiting_share", "yearly_volume", "yearly_cost",
                "value_of_shrinking_" + report.shrinkSeconds() + "s", "automation_score");
        CsvSchema.Builder schema = CsvSchema.builder();
        headers.forEach(schema::addColumn);
        List<List<Object>> rows = new ArrayList<>();
        for (ProcessSummary process : report.processes()) {
            Variant top = process.variants().isEmpty() ? null : process.variants().getFirst();
            StepTime slowest = process.slowestStep().orElse(null);
            rows.add(List.of(process.rank(), process.process(), process.instances(), process.openEnded(),
                    round(process.medianSeconds()), round(process.p90Seconds()), round(process.meanSeconds()),
                    process.agents(), String.join(" ", process.systems()), round(process.meanSystemsPerRun()),
                    top == null ? "" : top.label(), top == null ? "" : round(top.share()),
                    slowest == null ? "" : slowest.application(), slowest == null ? "" : round(slowest.share()),
                    round(process.waitingShare()), round(process.yearlyVolume()), round(process.yearlyCost()),
                    round(process.yearlyValueOfShrinking()), round(process.automationScore())));
        }
        try {
            return CSV.writer(schema.build().withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String html(ProcessReport report) {
        requireNonNull(report, "report is null");
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Touchpoint: processes</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #ddd;padding:4px 10px;")
                .append("text-align:right}td:first-child,th:first-child,td.text,th.text{text-align:left}")
                .append("h2{margin-top:2em}.note{color:#666;font-size:90%}svg text{font-size:12px}</style></head><body>\n");
        page.append("<h1>Processes: where agent time goes</h1>\n<p class=\"note\">")
                .append(escape(String.format(Locale.ROOT, "%d processes over %d observed days; %,d interactions with desktop "
                                + "activity; value of shrinking each run by %d s at %.2f per agent minute. %d runs without "
                                + "an end event (closed at the interaction end, left out of durations), %d events outside "
                                + "every interaction.", report.processes().size(), report.observedDays(),
                        report.interactionsWithDesktop(), report.shrinkSeconds(), report.cost().costPerAgentMinute(),
                        report.openEndedProcesses(), report.unalignedEvents())))
                .append("</p>\n");

        page.append("<h2>Automation candidates</h2>\n");
        page.append(bars(report.processes(), ProcessSummary::automationScore, "score"));
        page.append("<table><tr><th>#</th><th class=\"text\">process</th><th>runs</th><th>median s</th><th>p90 s</th>")
                .append("<th>systems</th><th>agents</th><th>customer waits</th><th>yearly runs</th><th>yearly cost</th>")
                .append("<th>value of -").append(report.shrinkSeconds()).append(" s / year</th><th>score</th></tr>\n");
        for (ProcessSummary process : report.processes()) {
            page.append(String.format(Locale.ROOT, "<tr><td>%d</td><td class=\"text\">%s</td><td>%,d</td><td>%.1f</td>"
                            + "<td>%.1f</td><td>%.1f</td><td>%d</td><td>%.0f%%</td><td>%,.0f</td><td>%,.0f</td><td>%,.0f</td>"
                            + "<td>%,.0f</td></tr>\n", process.rank(), escape(process.process()), process.instances(),
                    process.medianSeconds(), process.p90Seconds(), process.meanSystemsPerRun(), process.agents(),
                    process.waitingShare() * 100, process.yearlyVolume(), process.yearlyCost(),
                    process.yearlyValueOfShrinking(), process.automationScore()));
        }
        page.append("</table>\n");

        page.append("<h2>Median duration (seconds)</h2>\n").append(bars(report.processes(), ProcessSummary::medianSeconds, "s"));

        for (ProcessSummary process : report.processes()) {
            page.append("<h2>").append(process.rank()).append(". ").append(escape(process.process())).append("</h2>\n");
            page.append("<p>").append(escape(String.format(Locale.ROOT, "%,d runs (%d without an end), median %.1f s, p90 "
                            + "%.1f s; touches %s; the customer waits in %.0f%% of runs (%.1f s of silence on average).",
                    process.instances(), process.openEnded(), process.medianSeconds(), process.p90Seconds(),
                    String.join(", ", process.systems()), process.waitingShare() * 100, process.meanWaitingSeconds())))
                    .append("</p>\n");
            page.append("<table><tr><th class=\"text\">where the time goes</th><th>mean s per run</th><th>share</th></tr>\n");
            for (StepTime step : process.stepTimes()) {
                page.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.1f</td><td>%.0f%%</td></tr>\n",
                        escape(step.application()), step.meanSeconds(), step.share() * 100));
            }
            page.append("</table>\n<table><tr><th class=\"text\">variant</th><th>runs</th><th>share</th></tr>\n");
            for (Variant variant : process.variants().subList(0, Math.min(10, process.variants().size()))) {
                page.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%,d</td><td>%.0f%%</td></tr>\n",
                        escape(variant.label()), variant.count(), variant.share() * 100));
            }
            page.append("</table>\n<table><tr><th class=\"text\">team</th><th>runs</th><th>median s</th><th>p90 s</th></tr>\n");
            for (GroupDurations team : process.byTeam()) {
                page.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%,d</td><td>%.1f</td><td>%.1f</td></tr>\n",
                        escape(team.group()), team.instances(), team.medianSeconds(), team.p90Seconds()));
            }
            page.append("</table>\n");
        }

        page.append("<h2>Desktop time per application</h2>\n<p class=\"note\">")
                .append(escape(String.format(Locale.ROOT, "%.1f application switches and %.1f systems per interaction.",
                        report.meanSwitchesPerInteraction(), report.meanSystemsPerInteraction())))
                .append("</p>\n");
        page.append(applicationBars(report.applications()));
        page.append("</body></html>\n");
        return page.toString();
    }

    private static String bars(List<ProcessSummary> processes, ToDoubleFunction<ProcessSummary> value, String unit) {
        List<String> labels = processes.stream().map(ProcessSummary::process).toList();
        double[] values = processes.stream().mapToDouble(value).toArray();
        return svgBars(labels, values, unit);
    }

    private static String applicationBars(List<ApplicationTime> applications) {
        return svgBars(applications.stream().map(ApplicationTime::application).toList(),
                applications.stream().mapToDouble(ApplicationTime::hours).toArray(), "h");
    }

    /** A horizontal bar chart as inline SVG. */
    private static String svgBars(List<String> labels, double[] values, String unit) {
        int rowHeight = 24;
        int labelWidth = 180;
        int barWidth = 560;
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">\n",
                labelWidth + barWidth + 120, rowHeight * labels.size() + 4));
        for (int i = 0; i < labels.size(); i++) {
            double width = max == 0 ? 0 : values[i] / max * barWidth;
            int y = i * rowHeight + 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 15, escape(labels.get(i))))
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                            labelWidth, y + 2, width, rowHeight - 6, i == 0 ? "#c0392b" : "#2e86c1"))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%,.1f %s</text>\n",
                            labelWidth + width + 6, y + 15, values[i], escape(unit)));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
