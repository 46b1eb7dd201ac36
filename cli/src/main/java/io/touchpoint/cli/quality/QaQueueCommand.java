package io.touchpoint.cli.quality;

import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.quality.QueueQuery;
import io.touchpoint.quality.ReviewItem;
import io.touchpoint.quality.ReviewTriage;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa queue}: the review items, most urgent first. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"Lists review items, most urgent first: disputes, uncertain auto-fails, compliance breaches, low "
                + "scores, then sampled interactions.",
            "Example: touchpoint qa queue --scorecard collections --limit 20"})
public final class QaQueueCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Option(names = "--status", defaultValue = "open", description = "open, reviewed or all (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--scorecard", description = "Only this scorecard.")
    String scorecard;

    @Option(names = "--agent", description = "Only this agent's interactions.")
    String agent;

    @Option(names = "--interaction", description = "Only this interaction.")
    String interaction;

    @Option(names = "--limit", defaultValue = "25", description = "At most N items (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        QueueQuery query;
        try {
            query = new QueueQuery(status.equals("all") ? null : status, scorecard, agent, interaction, limit);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage() + " (--status open|reviewed|all, --limit 1..10000)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            List<ReviewItem> items = options.service(store).queue(query);
            if (options.json()) {
                QualityOptions.printJson(out, items);
            } else if (items.isEmpty()) {
                out.println("no review items" + (status.equals("open") ? " open (run 'touchpoint qa refresh' after "
                        + "'touchpoint analyze', or 'touchpoint qa sample')" : ""));
            } else {
                print(out, items);
            }
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, List<ReviewItem> items) {
        Table table = new Table(70, "item", "interaction", "agent", "scorecard", "why", "score", "status", "to check");
        for (ReviewItem item : items) {
            table.row(item.id(), item.interactionId(), item.agentId() == null ? "-" : item.agentId(), item.scorecard(),
                    item.source().equals(item.trigger()) ? item.trigger() : item.source() + ": " + item.trigger(),
                    QualityOptions.number(item.autoScore()), item.status(), flags(item.flagged()));
        }
        table.print(out);
    }

    private static String flags(List<ReviewTriage.FlaggedAnswer> flagged) {
        if (flagged.size() > 3) {
            return flagged.size() + " answers";
        }
        return flagged.stream().map(flag -> flag.question() + "=" + flag.machineAnswer().wireName()
                + (flag.reasons().isEmpty() || flag.reasons().getFirst().startsWith("sampled") ? ""
                        : " (" + String.join(", ", flag.reasons()) + ")"))
                .collect(Collectors.joining("; "));
    }
}
