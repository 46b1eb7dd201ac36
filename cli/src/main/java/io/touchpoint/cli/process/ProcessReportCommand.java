package io.touchpoint.cli.process;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.process.AlignmentSettings;
import io.touchpoint.insights.process.CostModel;
import io.touchpoint.insights.process.DesktopDataset;
import io.touchpoint.insights.process.MiningSettings;
import io.touchpoint.insights.process.ProcessMining;
import io.touchpoint.insights.process.ProcessReport;
import io.touchpoint.insights.process.ProcessReportWriter;
import io.touchpoint.insights.process.ProcessSummary;
import io.touchpoint.insights.process.StoreDesktopReader;
import io.touchpoint.store.TouchpointStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchpoint report processes}: process mining over the agent-desktop events in the store. */
@Command(name = "processes", mixinStandardHelpOptions = true,
        description = {
            "Process mining over agent-desktop events: each process's runs, median and p90 duration, variants, slowest "
                    + "step, systems touched and how often the customer waits, ranked as automation candidates with "
                    + "what shrinking each run is worth per year.",
            "Desktop events are attached to the interaction the agent was handling (explicit id, else agent and time, "
                    + "after-call work included). See docs/processes.md."})
public final class ProcessReportCommand implements Callable<Integer> {

    /** Output formats of this report. */
    enum Format { table, json, csv, html }

    @Mixin
    DataOptions data;

    @Option(names = "--shrink-seconds", defaultValue = "" + MiningSettings.DEFAULT_SHRINK_SECONDS, paramLabel = "N",
            description = "Value shrinking each run by N seconds (default: ${DEFAULT-VALUE}).")
    int shrinkSeconds;

    @Option(names = "--cost-per-minute", defaultValue = "" + CostModel.DEFAULT_COST_PER_AGENT_MINUTE, paramLabel = "X",
            description = "Fully loaded cost of one agent minute (default: ${DEFAULT-VALUE}).")
    double costPerMinute;

    @Option(names = "--skew-seconds", defaultValue = "5", paramLabel = "S",
            description = "Tolerated clock difference between desktop and telephony/chat (default: ${DEFAULT-VALUE}).")
    long skewSeconds;

    @Option(names = "--after-call-work-seconds", defaultValue = "120", paramLabel = "S",
            description = "Desktop work up to S seconds after an interaction ends still belongs to it (default: ${DEFAULT-VALUE}).")
    long afterCallWorkSeconds;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        MiningSettings settings;
        AlignmentSettings alignment;
        try {
            settings = MiningSettings.defaults().withCost(CostModel.defaults().withCostPerAgentMinute(costPerMinute))
                    .withShrinkSeconds(shrinkSeconds);
            alignment = AlignmentSettings.defaults().withSkewTolerance(Duration.ofSeconds(skewSeconds))
                    .withAfterCallWork(Duration.ofSeconds(afterCallWorkSeconds));
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        ProcessReport report;
        try (TouchpointStore store = data.open()) {
            DesktopDataset dataset = new StoreDesktopReader(store).read();
            if (dataset.events().isEmpty()) {
                PrintWriter console = spec.commandLine().getOut();
                console.println("no desktop events in " + data.dataDir() + ": ingest a desktop-events file first "
                        + "(touchpoint ingest desktop-events.ndjson)");
                console.flush();
                return 0;
            }
            report = ProcessMining.mine(dataset, alignment, settings);
        }
        String text = switch (format) {
            case json -> ProcessReportWriter.json(report) + System.lineSeparator();
            case csv -> ProcessReportWriter.csv(report);
            case html -> ProcessReportWriter.html(report);
            case table -> table(report);
        };
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + out);
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String table(ProcessReport report) {
        StringWriter buffer = new StringWriter();
        PrintWriter writer = new PrintWriter(buffer);
        writer.printf(Locale.ROOT, "%d processes over %d days, %,d interactions with desktop activity (%.1f app switches, "
                        + "%.1f systems each); value of -%d s per run at %.2f per agent minute%n%n", report.processes().size(),
                report.observedDays(), report.interactionsWithDesktop(), report.meanSwitchesPerInteraction(),
                report.meanSystemsPerInteraction(), report.shrinkSeconds(), report.cost().costPerAgentMinute());
        Table table = new Table(40, "#", "process", "runs", "median s", "p90 s", "systems", "agents", "waits",
                "slowest step", "top variant", "yearly runs", "value/yr", "score");
        for (ProcessSummary process : report.processes()) {
            table.row(process.rank(), process.process(), process.instances(), fixed(process.medianSeconds()),
                    fixed(process.p90Seconds()), fixed(process.meanSystemsPerRun()), process.agents(),
                    String.format(Locale.ROOT, "%.0f%%", process.waitingShare() * 100),
                    process.slowestStep().map(step -> String.format(Locale.ROOT, "%s %.0f%%", step.application(),
                            step.share() * 100)).orElse(""),
                    process.variants().isEmpty() ? "" : process.variants().getFirst().label(),
                    String.format(Locale.ROOT, "%,.0f", process.yearlyVolume()),
                    String.format(Locale.ROOT, "%,.0f", process.yearlyValueOfShrinking()),
                    String.format(Locale.ROOT, "%,.0f", process.automationScore()));
        }
        table.print(writer);
        if (report.openEndedProcesses() > 0 || report.unpairedEnds() > 0 || report.unalignedEvents() > 0) {
            writer.printf(Locale.ROOT, "%n%d runs without an end event (closed at the interaction end, left out of durations), "
                    + "%d end events without a start, %d events outside every interaction%n", report.openEndedProcesses(),
                    report.unpairedEnds(), report.unalignedEvents());
        }
        writer.flush();
        return buffer.toString();
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
