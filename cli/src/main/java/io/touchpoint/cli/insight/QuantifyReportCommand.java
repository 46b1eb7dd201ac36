package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.insights.InsightsConfig;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.impact.CategoryImpact;
import io.touchpoint.insights.impact.Effect;
import io.touchpoint.insights.impact.Quantification;
import io.touchpoint.insights.impact.Quantifier;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code touchpoint report quantify}: every category and event with its effects and yearly cost. */
@Command(name = "quantify", mixinStandardHelpOptions = true,
        description = {"Every category and event: frequency, share of contacts, and its effect on handle time, repeat "
                + "contacts, customer sentiment and escalations against comparable interactions without it (same queue "
                + "and channel), turned into money and FTEs per year by the cost model. See docs/insights.md.",
            "Example: touchpoint report quantify --cost-per-minute 0.85 --format csv > impacts.csv"})
public final class QuantifyReportCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Mixin
    DataOptions data;

    @Mixin
    InsightOptions options;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput output;


    @Override
    public Integer call() {
        InsightsConfig config = options.config(data);
        Quantification result;
        try (TouchpointStore store = data.open()) {
            result = Quantifier.quantify(store, config.cost(), options.quantifySettings(config));
        }
        String text = switch (format) {
            case json -> InsightsJson.write(result) + System.lineSeparator();
            case csv -> csv(result);
            case table -> table(result);
        };
        output.write(text);
        return 0;
    }

    static String table(Quantification result) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        if (result.impacts().isEmpty()) {
            out.println("no analyzed interactions in the period: run 'touchpoint analyze' first");
            out.flush();
            return buffer.toString();
        }
        out.printf(Locale.ROOT, "%,d interactions over %d days; cost %.2f per agent minute; effects against the same "
                        + "queue and channel; money counts effects with p < %.2f%n", result.interactions(),
                result.observedDays(), result.cost().costPerAgentMinute(), result.settings().alpha());
        Table table = new Table(36, "kind", "name", "count", "share", "handle s", "repeat pp", "sentiment",
                "escalation pp", "cost/year", "FTE", "examples");
        for (CategoryImpact impact : result.impacts()) {
            table.row(impact.kind(), impact.name(), String.format(Locale.ROOT, "%,d", impact.count()),
                    String.format(Locale.ROOT, "%.1f%%", impact.share() * 100), effect(impact.handleTime(), 1, "%+.0f"),
                    effect(impact.repeatContact(), 100, "%+.1f"), effect(impact.sentiment(), 1, "%+.2f"),
                    effect(impact.escalation(), 100, "%+.1f"), String.format(Locale.ROOT, "%,.0f", impact.yearlyCost()),
                    String.format(Locale.ROOT, "%.2f", impact.fullTimeEquivalents()), String.join(" ", impact.examples(2)));
        }
        table.print(out);
        out.println("* = p < 0.05; - = nothing comparable. JSON lists up to 100 interaction ids per row.");
        out.flush();
        return buffer.toString();
    }

    static String effect(Effect effect, double scale, String pattern) {
        if (effect == null) {
            return "-";
        }
        return String.format(Locale.ROOT, pattern, effect.delta() * scale) + (effect.pValue() < 0.05 ? "*" : "");
    }

    static String csv(Quantification result) {
        CsvText csv = new CsvText("kind", "name", "count", "share", "yearly_volume", "mean_handle_s",
                "handle_delta_s", "handle_p", "repeat_delta", "repeat_p", "sentiment_delta", "sentiment_p",
                "escalation_delta", "escalation_p", "excess_minutes_per_year", "yearly_cost", "fte", "interaction_ids");
        for (CategoryImpact impact : result.impacts()) {
            csv.row(impact.kind(), impact.name(), impact.count(), impact.share(), impact.yearlyVolume(),
                    impact.meanHandleSeconds(), delta(impact.handleTime()), p(impact.handleTime()),
                    delta(impact.repeatContact()), p(impact.repeatContact()), delta(impact.sentiment()),
                    p(impact.sentiment()), delta(impact.escalation()), p(impact.escalation()),
                    impact.excessMinutesPerYear(), impact.yearlyCost(), impact.fullTimeEquivalents(),
                    CsvText.ids(impact.interactionIds()));
        }
        return csv.toString();
    }

    private static Double delta(Effect effect) {
        return effect == null ? null : effect.delta();
    }

    private static Double p(Effect effect) {
        return effect == null ? null : effect.pValue();
    }
}
