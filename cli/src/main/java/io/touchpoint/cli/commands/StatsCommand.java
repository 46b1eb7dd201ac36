package io.touchpoint.cli.commands;

import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.OutputFormat;
import io.touchpoint.cli.output.Table;
import io.touchpoint.store.StoreStats;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts in the store: interactions per channel, date range, turns, customers, agents, desktop events.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (TouchpointStore store = data.open()) {
            print(spec.commandLine().getOut(), store.stats(), format);
        }
        return 0;
    }

    static void print(PrintWriter out, StoreStats stats, OutputFormat format) {
        if (format == OutputFormat.json) {
            var node = Json.object();
            node.put("interactions", stats.interactions());
            var byChannel = node.putObject("byChannel");
            new java.util.TreeMap<>(stats.byChannel()).forEach((channel, count) -> byChannel.put(channel.wireName(), count));
            stats.firstStartedAt().ifPresent(instant -> node.put("firstStartedAt", instant.toString()));
            stats.lastStartedAt().ifPresent(instant -> node.put("lastStartedAt", instant.toString()));
            node.put("turns", stats.turns());
            node.put("customers", stats.customers());
            node.put("agents", stats.agents());
            node.put("desktopEvents", stats.desktopEvents());
            node.put("findings", stats.findings());
            Json.print(out, node);
            return;
        }
        Table table = new Table("channel", "interactions");
        new java.util.TreeMap<>(stats.byChannel()).forEach((channel, count) -> table.row(channel.wireName(), String.format("%,d", count)));
        table.row("all", String.format("%,d", stats.interactions()));
        table.print(out);
        out.printf("%nfrom %s to %s%n", stats.firstStartedAt().map(Object::toString).orElse("-"),
                stats.lastStartedAt().map(Object::toString).orElse("-"));
        out.printf("turns %,d  customers %,d  agents %,d  desktop events %,d  findings %,d%n",
                stats.turns(), stats.customers(), stats.agents(), stats.desktopEvents(), stats.findings());
        out.flush();
    }
}
