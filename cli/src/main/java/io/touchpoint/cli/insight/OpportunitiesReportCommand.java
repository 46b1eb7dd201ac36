package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.insights.InsightsConfig;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.opportunity.Opportunities;
import io.touchpoint.insights.opportunity.Opportunity;
import io.touchpoint.insights.report.InsightsHtml;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code touchpoint report opportunities}: automation and training projects ranked by yearly value. */
@Command(name = "opportunities", mixinStandardHelpOptions = true,
        description = {"Automation and training opportunities ranked by yearly value, each with its evidence count and "
                + "example interactions: training from costly effects of categories, events and missing agent "
                + "behaviours; automation of routine categories and desktop processes. See docs/insights.md.",
            "Example: touchpoint report opportunities --format html --out opportunities.html"})
public final class OpportunitiesReportCommand implements Callable<Integer> {

    enum Format { table, json, csv, html }

    @Mixin
    DataOptions data;

    @Mixin
    InsightOptions options;

    @Option(names = "--limit", defaultValue = "25", description = "Rows in the table (default: ${DEFAULT-VALUE}; JSON, CSV and HTML list all).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput output;


    @Override
    public Integer call() {
        InsightsConfig config = options.config(data);
        List<Opportunity> ranked;
        try (TouchpointStore store = data.open()) {
            ranked = Opportunities.rank(store, config.cost(), options.quantifySettings(config),
                    options.opportunitySettings(config));
        }
        String text = switch (format) {
            case json -> InsightsJson.write(ranked) + System.lineSeparator();
            case csv -> csv(ranked);
            case html -> InsightsHtml.opportunities(ranked, config);
            case table -> table(ranked, limit);
        };
        output.write(text);
        return 0;
    }

    static String table(List<Opportunity> ranked, int limit) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        if (ranked.isEmpty()) {
            out.println("no opportunities: analyze interactions first ('touchpoint analyze'), or the effects found are "
                    + "not significant");
            out.flush();
            return buffer.toString();
        }
        Table table = new Table(70, "#", "type", "source", "subject", "value/year", "FTE", "evidence", "examples",
                "action");
        for (Opportunity opportunity : ranked.subList(0, Math.min(limit, ranked.size()))) {
            table.row(opportunity.rank(), opportunity.type(), opportunity.source(), opportunity.subject(),
                    String.format(Locale.ROOT, "%,.0f", opportunity.yearlyValue()),
                    String.format(Locale.ROOT, "%.2f", opportunity.fullTimeEquivalents()),
                    String.format(Locale.ROOT, "%,d", opportunity.evidenceCount()),
                    String.join(" ", opportunity.exampleIds().subList(0, Math.min(2, opportunity.exampleIds().size()))),
                    opportunity.action());
        }
        table.print(out);
        out.printf(Locale.ROOT, "%d opportunities worth %,.0f a year in all; --format json gives how each was computed%n",
                ranked.size(), ranked.stream().mapToDouble(Opportunity::yearlyValue).sum());
        out.flush();
        return buffer.toString();
    }

    static String csv(List<Opportunity> ranked) {
        CsvText csv = new CsvText("rank", "type", "source", "subject", "yearly_value", "minutes_per_year", "fte",
                "evidence_count", "p_value", "action", "basis", "example_ids");
        for (Opportunity o : ranked) {
            csv.row(o.rank(), o.type(), o.source(), o.subject(), o.yearlyValue(), o.minutesPerYear(),
                    o.fullTimeEquivalents(), o.evidenceCount(), o.pValue(), o.action(), o.basis(),
                    CsvText.ids(o.exampleIds()));
        }
        return csv.toString();
    }
}
