package io.touchpoint.cli.commands;

import io.touchpoint.cli.analysis.StoredAnalyses;
import io.touchpoint.rules.EventImpact;
import io.touchpoint.rules.EventImpactReport;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports over the analyzed interactions.",
        subcommands = {ReportCommand.EventImpactReportCommand.class, io.touchpoint.cli.process.ProcessReportCommand.class,
            io.touchpoint.cli.insight.QuantifyReportCommand.class, io.touchpoint.cli.insight.OpportunitiesReportCommand.class,
            io.touchpoint.cli.insight.TrendsReportCommand.class, io.touchpoint.cli.insight.DriversReportCommand.class,
            io.touchpoint.cli.insight.ClustersReportCommand.class})
public final class ReportCommand {

    @Command(name = "event-impact", mixinStandardHelpOptions = true,
            description = "For each event (churn threat, escalation request, bankruptcy mention...): how the conversation "
                    + "goes after it against before it, and against interactions without it (customer sentiment, escalation, "
                    + "transfer, resolution, handle time).")
    static final class EventImpactReportCommand implements Callable<Integer> {

        @Mixin
        DataOptions data;

        @Option(names = "--limit", defaultValue = "0", description = "Only the most recent N analyzed interactions (default: all).")
        int limit;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (TouchpointStore store = data.open()) {
                var analyzed = StoredAnalyses.recent(store, limit, true);
                if (analyzed.isEmpty()) {
                    out.println("no analyzed interactions yet: run 'touchpoint analyze' first");
                    out.flush();
                    return 0;
                }
                EventImpactReport report = EventImpact.compute(analyzed);
                out.print(report.render());
                out.flush();
            }
            return 0;
        }
    }
}
