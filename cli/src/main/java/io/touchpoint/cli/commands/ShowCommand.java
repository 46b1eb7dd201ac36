package io.touchpoint.cli.commands;

import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.OutputFormat;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.canonical.CanonicalJson;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One interaction: its transcript and every finding with the evidence behind it.")
public final class ShowCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "INTERACTION", description = "The interaction id.")
    String id;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (TouchpointStore store = data.open()) {
            Interaction interaction = store.interaction(id).orElseThrow(() -> TouchpointException.userError(
                    "no interaction '" + id + "' in " + data.dataDir() + " (find ids with: touchpoint search <words>)"));
            List<Finding> findings = store.findings(id);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                var node = Json.object();
                node.set("interaction", CanonicalJson.toJson(interaction));
                var array = node.putArray("findings");
                for (Finding finding : findings) {
                    var item = array.addObject();
                    item.put("analyzer", finding.analyzer());
                    item.put("type", finding.type());
                    item.put("name", finding.name());
                    item.put("label", finding.label());
                    item.put("score", finding.score());
                    item.put("confidence", finding.confidence());
                    var evidence = item.putArray("evidence");
                    for (Evidence span : finding.evidence()) {
                        var spanNode = evidence.addObject();
                        spanNode.put("turn", span.turnIndex());
                        spanNode.put("charStart", span.charStart());
                        spanNode.put("charEnd", span.charEnd());
                        spanNode.put("startMs", span.startMs());
                        spanNode.put("endMs", span.endMs());
                    }
                }
                Json.print(out, node);
            } else {
                printTranscript(out, interaction, findings);
            }
        }
        return 0;
    }

    private static void printTranscript(PrintWriter out, Interaction interaction, List<Finding> findings) {
        out.printf("%s  %s %s  %s%s%n", interaction.id(), interaction.channel().wireName(), interaction.direction().wireName(),
                interaction.startedAt(), interaction.endedAt() == null ? "" : " .. " + interaction.endedAt());
        out.printf("customer %s  agent %s  queue %s  language %s  duration %ds%n",
                describeCustomer(interaction), nullToDash(interaction.agentId()), nullToDash(interaction.queue()),
                nullToDash(interaction.language()), interaction.duration().toSeconds());
        if (!interaction.outcome().equals(io.touchpoint.core.model.Outcome.UNKNOWN)) {
            var outcome = interaction.outcome();
            out.printf("outcome resolved=%s transferred=%s sale=%s csat=%s%n", outcome.resolved(), outcome.transferred(),
                    outcome.sale(), outcome.csat());
        }
        if (!interaction.attributes().isEmpty()) {
            out.println("attributes " + readableAttributes(interaction.attributes()));
        }
        Map<Integer, List<Finding>> byTurn = new HashMap<>();
        List<Finding> whole = new ArrayList<>();
        for (Finding finding : findings) {
            boolean placed = false;
            for (Evidence evidence : finding.evidence()) {
                if (!evidence.isWholeInteraction()) {
                    byTurn.computeIfAbsent(evidence.turnIndex(), index -> new ArrayList<>()).add(finding);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                whole.add(finding);
            }
        }
        out.println();
        List<Turn> turns = interaction.turns();
        for (int index = 0; index < turns.size(); index++) {
            Turn turn = turns.get(index);
            out.printf("[%d] %s %-8s %s%s%n", index, clock(turn.startMs()), turn.speaker().wireName(), turn.text(),
                    turn.confidence() < 1.0 ? String.format(Locale.ROOT, "  (conf %.2f)", turn.confidence()) : "");
            for (Finding finding : byTurn.getOrDefault(index, List.of())) {
                out.printf("      ^ %s%n", describe(finding, turn));
            }
        }
        if (!whole.isEmpty()) {
            out.println();
            out.println("findings on the whole interaction:");
            for (Finding finding : whole) {
                out.printf("  %s%n", describe(finding, null));
            }
        }
        out.flush();
    }

    private static String describe(Finding finding, Turn turn) {
        StringBuilder text = new StringBuilder(finding.type()).append(' ').append(finding.name());
        if (!finding.label().isEmpty()) {
            text.append(" = ").append(finding.label());
        }
        if (finding.score() != 0 || finding.type().equals("metric")) {
            text.append(String.format(Locale.ROOT, " (%.2f)", finding.score()));
        }
        // PII evidence points into the original text, which redaction replaced; sentiment covers whole turns.
        boolean quotable = !finding.type().equals("pii") && !finding.type().startsWith("sentiment");
        if (turn != null && quotable) {
            for (Evidence evidence : finding.evidence()) {
                if (evidence.charEnd() > evidence.charStart() && evidence.charEnd() <= turn.text().length()
                        && evidence.charEnd() - evidence.charStart() < turn.text().length()) {
                    text.append(" \"").append(turn.text(), evidence.charStart(), evidence.charEnd()).append('"');
                    break;
                }
            }
        }
        return text.toString();
    }

    private static String describeCustomer(Interaction interaction) {
        var customer = interaction.customer();
        if (customer.isUnknown()) {
            return "-";
        }
        return customer.id() != null ? customer.id()
                : customer.email() != null ? customer.email() : customer.phone() != null ? customer.phone() : customer.handle();
    }

    private static String clock(long ms) {
        long seconds = ms / 1000;
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }

    /**
     * The attributes in key order, with the long machine-readable values of a transcribed call
     * (every word's times, the recognizer's alternatives) summarized; {@code --format json} has
     * them whole.
     */
    static String readableAttributes(Map<String, String> attributes) {
        StringJoiner joined = new StringJoiner(", ", "{", "}");
        new TreeMap<>(attributes).forEach((key, value) -> {
            String shown = value;
            if (key.equals("speech.words")) {
                shown = "(" + (value.isBlank() ? 0 : value.split(" ").length) + " words with times and confidences)";
            } else if (key.equals("speech.alternatives")) {
                shown = "(" + (value.isBlank() ? 0 : value.lines().count()) + " alternative transcripts of turns)";
            } else if (value.length() > 120) {
                shown = value.substring(0, 117) + "...";
            }
            joined.add(key + "=" + shown);
        });
        return joined.toString();
    }
}
