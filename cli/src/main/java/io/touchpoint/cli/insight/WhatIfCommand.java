package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.insights.InsightsConfig;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.impact.WhatIf;
import io.touchpoint.insights.impact.WhatIfResult;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchpoint whatif}: the yearly value of shrinking a category's handle time. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"What shrinking the handle time of one category's interactions is worth a year, in money and FTEs.",
            "Example: touchpoint whatif --category 'Billing/Late fee' --shrink-seconds 30"})
public final class WhatIfCommand implements Callable<Integer> {

    enum Format { table, json }

    @Mixin
    DataOptions data;

    @Mixin
    InsightOptions options;

    @Option(names = "--category", required = true, paramLabel = "PATH",
            description = "A category path (Billing/Late fee) or a top level (Billing) for all of its paths.")
    String category;

    @Option(names = "--shrink-seconds", required = true, paramLabel = "N", description = "Seconds taken off each interaction.")
    double shrinkSeconds;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        InsightsConfig config = options.config(data);
        WhatIfResult result;
        try (TouchpointStore store = data.open()) {
            result = WhatIf.shrinkHandleTime(store, config.cost(), options.quantifySettings(config), category,
                    shrinkSeconds);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(InsightsJson.write(result));
        } else {
            out.printf(Locale.ROOT, "Shrinking '%s' by %.0f s:%n", result.category(), result.shrinkSeconds());
            out.printf(Locale.ROOT, "  %,d interactions on voice and chat in the period, %,.0f a year, %.0f s on average%n",
                    result.interactions(), result.yearlyInteractions(), result.meanHandleSeconds());
            out.printf(Locale.ROOT, "  %.1f s saved per interaction on average (never more than its own duration)%n",
                    result.effectiveSeconds());
            out.printf(Locale.ROOT, "  %,.0f agent minutes a year = %,.2f a year at %.2f a minute = %.2f FTE%n",
                    result.minutesPerYear(), result.moneyPerYear(), config.cost().costPerAgentMinute(),
                    result.fullTimeEquivalents());
            out.println("  examples: " + String.join(" ", result.exampleIds().subList(0, Math.min(5, result.exampleIds().size()))));
        }
        out.flush();
        return 0;
    }
}
