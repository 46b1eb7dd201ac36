package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.driver.Driver;
import io.touchpoint.insights.driver.DriverReport;
import io.touchpoint.insights.driver.Drivers;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code touchpoint report drivers}: what drives negative sentiment, repeat contacts, escalations and churn. */
@Command(name = "drivers", mixinStandardHelpOptions = true,
        description = {"Which categories, events and missing agent behaviours drive negative customer sentiment, repeat "
                + "contacts, escalations and churn: outcome rate with each against comparable interactions without it "
                + "(same queue and channel), with effect sizes, p-values and example interactions. See docs/insights.md.",
            "Example: touchpoint report drivers --outcome churn --format json"})
public final class DriversReportCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Mixin
    DataOptions data;

    @Option(names = "--outcome", paramLabel = "NAME",
            description = "Only this outcome: negative_sentiment, repeat_contact, escalation or churn.")
    String outcome;

    @Option(names = "--limit", defaultValue = "10", description = "Drivers per outcome in the table (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput output;


    @Override
    public Integer call() {
        if (outcome != null && !Drivers.OUTCOMES.containsKey(outcome)) {
            throw io.touchpoint.core.TouchpointException.userError("unknown outcome '" + outcome + "' (allowed: "
                    + String.join(", ", Drivers.OUTCOMES.keySet()) + ")");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw io.touchpoint.core.TouchpointException.userError("--alpha must be in (0, 1], got " + alpha);
        }
        DriverReport report;
        try (TouchpointStore store = data.open()) {
            report = Drivers.analyze(store, alpha);
        }
        if (outcome != null) {
            report = new DriverReport(report.baseRates(), report.of(outcome));
        }
        String text = switch (format) {
            case json -> InsightsJson.write(report) + System.lineSeparator();
            case csv -> csv(report.drivers());
            case table -> table(report);
        };
        output.write(text);
        return 0;
    }

    private String table(DriverReport report) {
        StringWriter buffer = new StringWriter();
        PrintWriter printer = new PrintWriter(buffer);
        if (report.baseRates().isEmpty()) {
            printer.println("no analyzed interactions: run 'touchpoint analyze' first");
        }
        for (String name : Drivers.OUTCOMES.keySet()) {
            if (!report.baseRates().containsKey(name) || (outcome != null && !outcome.equals(name))) {
                continue;
            }
            List<Driver> drivers = report.of(name);
            printer.printf(Locale.ROOT, "%n%s (%.1f%% overall): %d drivers%n", name, report.baseRates().get(name) * 100,
                    drivers.size());
            if (drivers.isEmpty()) {
                continue;
            }
            Table table = new Table(40, "kind", "driver", "count", "with", "without", "diff pp", "ratio", "p", "adds",
                    "examples");
            for (Driver driver : drivers.subList(0, Math.min(limit, drivers.size()))) {
                table.row(driver.kind(), driver.name(), String.format(Locale.ROOT, "%,d", driver.count()),
                        String.format(Locale.ROOT, "%.1f%%", driver.withRate() * 100),
                        String.format(Locale.ROOT, "%.1f%%", driver.withoutRate() * 100),
                        String.format(Locale.ROOT, "%+.1f", driver.riskDifference() * 100),
                        Double.isFinite(driver.riskRatio()) ? String.format(Locale.ROOT, "%.1f", driver.riskRatio()) : "-",
                        String.format(Locale.ROOT, "%.1e", driver.pValue()),
                        String.format(Locale.ROOT, "%.0f", driver.attributable()),
                        String.join(" ", driver.exampleIds().subList(0, Math.min(2, driver.exampleIds().size()))));
            }
            table.print(printer);
        }
        printer.flush();
        return buffer.toString();
    }

    private static String csv(List<Driver> drivers) {
        CsvText csv = new CsvText("outcome", "kind", "name", "count", "with_rate", "without_rate", "risk_difference",
                "risk_ratio", "p_value", "attributable", "example_ids");
        for (Driver d : drivers) {
            csv.row(d.outcome(), d.kind(), d.name(), d.count(), d.withRate(), d.withoutRate(), d.riskDifference(),
                    d.riskRatio(), d.pValue(), d.attributable(), CsvText.ids(d.exampleIds()));
        }
        return csv.toString();
    }
}
