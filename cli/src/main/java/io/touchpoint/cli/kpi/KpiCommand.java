package io.touchpoint.cli.kpi;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.insight.InsightOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.insights.kpi.Kpi;
import io.touchpoint.insights.kpi.KpiDimension;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.KpiQuery;
import io.touchpoint.insights.kpi.KpiResult;
import io.touchpoint.insights.kpi.KpiResultWriter;
import io.touchpoint.insights.kpi.KpiRow;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchpoint kpi}: contact-center KPIs by any dimension, computed in the store's DuckDB. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = {
            "Contact-center KPIs grouped by any dimension: volume, average handle time, talk / silence / hold time, "
                    + "transfer and early-transfer rate, first-contact resolution, escalation rate, customer sentiment, "
                    + "CSAT and QA score. Definitions: docs/kpi.md.",
            "Example: touchpoint kpi --by queue,channel --from 2026-01-01 --to 2026-03-31 --format csv"})
public final class KpiCommand implements Callable<Integer> {

    /** Output formats of this command. */
    enum Format { table, json, csv }

    @Mixin
    DataOptions data;

    @Option(names = "--by", paramLabel = "DIMS", defaultValue = "",
            description = "Comma-separated dimensions: channel, direction, queue, agent, team, category (top level of "
                    + "the contact reason), category_path, day, week, month. None: one overall row.")
    String by;

    @Option(names = "--from", paramLabel = "WHEN",
            description = "First day (YYYY-MM-DD, UTC) or instant (ISO-8601) included.")
    String from;

    @Option(names = "--to", paramLabel = "WHEN",
            description = "Last day included (YYYY-MM-DD, UTC), or the first instant excluded (ISO-8601).")
    String to;

    @Option(names = "--channel", split = ",", paramLabel = "CHANNEL", description = "Only these channels (repeatable or comma-separated).")
    List<String> channels = new ArrayList<>();

    @Option(names = "--queue", split = ",", paramLabel = "QUEUE", description = "Only these queues.")
    List<String> queues = new ArrayList<>();

    @Option(names = "--agent", split = ",", paramLabel = "AGENT", description = "Only these agent ids.")
    List<String> agents = new ArrayList<>();

    @Option(names = "--early-transfer-seconds", defaultValue = "" + KpiQuery.DEFAULT_EARLY_TRANSFER_SECONDS,
            paramLabel = "N", description = "A transfer within N seconds of the start is early (default: ${DEFAULT-VALUE}).")
    int earlyTransferSeconds;

    @Option(names = "--fcr-days", defaultValue = "" + KpiQuery.DEFAULT_FCR_DAYS, paramLabel = "N",
            description = "Resolved at first contact when the customer does not come back for the same reason within "
                    + "N days, on any channel (default: ${DEFAULT-VALUE}).")
    int fcrDays;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KpiQuery query;
        try {
            query = new KpiQuery(KpiDimension.parseList(by), InsightOptions.instant("--from", from, false),
                    InsightOptions.instant("--to", to, true),
                    channels.stream().map(channel -> channel.trim().toLowerCase(Locale.ROOT)).toList(), queues, agents,
                    earlyTransferSeconds, fcrDays);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        KpiResult result;
        try (TouchpointStore store = data.open()) {
            // The per-interaction fact table makes the query a single scan; rebuilt only after a write.
            InteractionFacts.ensureFresh(store);
            result = KpiEngine.run(store.duckdb(), query);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(KpiResultWriter.json(result));
            case csv -> out.print(KpiResultWriter.csv(result));
            case table -> printTable(out, result);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, KpiResult result) {
        if (result.rows().isEmpty()) {
            out.println("no interactions match (check --from, --to and the filters)");
            return;
        }
        List<String> columns = KpiResultWriter.columns(result.query());
        Table table = new Table(40, columns.toArray(String[]::new));
        for (KpiRow row : result.rows()) {
            List<Object> cells = new ArrayList<>();
            row.dimensionValues().forEach(value -> cells.add(value == null ? "(none)" : value));
            cells.add(String.format(Locale.ROOT, "%,d", row.volume()));
            for (Kpi kpi : Kpi.values()) {
                cells.add(cell(kpi, row.value(kpi)));
            }
            table.row(cells.toArray());
        }
        table.print(out);
    }

    private static String cell(Kpi kpi, OptionalDouble value) {
        if (value.isEmpty()) {
            return "-";
        }
        double number = value.getAsDouble();
        return switch (kpi) {
            case TRANSFER_RATE, EARLY_TRANSFER_RATE, FCR_RATE, ESCALATION_RATE ->
                    String.format(Locale.ROOT, "%.1f%%", number * 100);
            case CUSTOMER_SENTIMENT, CSAT -> String.format(Locale.ROOT, "%.2f", number);
            default -> String.format(Locale.ROOT, "%.1f", number);
        };
    }
}
