package io.touchpoint.cli.commands;

import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.OutputFormat;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.store.SearchHit;
import io.touchpoint.store.SearchRequest;
import io.touchpoint.store.SearchResult;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over every turn of every interaction.",
            "Query syntax (Lucene): words (all must match), \"a phrase\", \"late fee\"~3 (within 3 words), "
                    + "OR, NOT, -word, wildcards (charg*), fields speaker:customer channel:chat agent:A-7 queue:billing."},
        footer = {"%nExamples:", "  touchpoint search '\"late fee\"' --speaker customer",
            "  touchpoint search 'cancel* AND (switch OR competitor)' --channel chat --limit 20"})
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query.")
    String query;

    @Option(names = "--channel", description = "Only this channel: voice, chat, email, social, sms, webform.")
    Channel channel;

    @Option(names = "--speaker", description = "Only turns of this speaker: agent, customer, bot, system.")
    Speaker speaker;

    @Option(names = "--agent", paramLabel = "AGENT-ID", description = "Only this agent's interactions.")
    String agentId;

    @Option(names = "--from", paramLabel = "DATE", description = "Interactions started on or after (2026-03-01 or an instant).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Interactions started before (2026-04-01 or an instant).")
    String to;

    @Option(names = "--limit", defaultValue = "10", description = "Maximum hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw TouchpointException.userError("--limit must be at least 1, got " + limit);
        }
        SearchRequest request = new SearchRequest(query, channel, speaker, agentId, instant("--from", from),
                instant("--to", to), limit);
        try (TouchpointStore store = data.open()) {
            print(spec.commandLine().getOut(), store.search(request));
        }
        return 0;
    }

    private void print(PrintWriter out, SearchResult result) {
        if (format == OutputFormat.json) {
            var node = Json.object();
            node.put("query", query);
            node.put("totalHits", result.totalHits());
            var hits = node.putArray("hits");
            for (SearchHit hit : result.hits()) {
                var hitNode = hits.addObject();
                hitNode.put("interactionId", hit.interactionId());
                hitNode.put("turn", hit.turnIndex());
                hitNode.put("speaker", hit.speaker().wireName());
                hitNode.put("channel", hit.channel().wireName());
                hitNode.put("startedAt", hit.startedAt().toString());
                hitNode.put("agentId", hit.agentId());
                hitNode.put("queue", hit.queue());
                hitNode.put("snippet", hit.snippet());
                hitNode.put("score", hit.score());
            }
            Json.print(out, node);
            return;
        }
        Table table = new Table(90, "interaction", "turn", "speaker", "channel", "started", "snippet");
        for (SearchHit hit : result.hits()) {
            table.row(hit.interactionId(), hit.turnIndex(), hit.speaker().wireName(), hit.channel().wireName(),
                    hit.startedAt().toString().substring(0, 16).replace('T', ' '), highlight(hit.snippet()));
        }
        table.print(out);
        out.printf("%n%,d matching turns; showing %d. See one with: touchpoint show <interaction>%n",
                result.totalHits(), result.hits().size());
        out.flush();
    }

    /** Matches are marked with {@code <mark>}; on a terminal they become bold, elsewhere [brackets]. */
    private static String highlight(String snippet) {
        boolean color = System.console() != null && System.getenv("NO_COLOR") == null;
        return snippet.replace("<mark>", color ? "\u001B[1;33m" : "[").replace("</mark>", color ? "\u001B[0m" : "]");
    }

    static Instant instant(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw TouchpointException.userError(option + " '" + value + "' is neither a date (2026-03-01) nor an instant (2026-03-01T09:00:00Z)");
            }
        }
    }
}
