package io.touchpoint.insights;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes interactions with chosen durations and findings into a real store, for numbers worked out on paper. */
public final class HandMadeStore {

    private final List<Interaction> interactions = new ArrayList<>();
    private final List<List<Finding>> findings = new ArrayList<>();

    /** Adds one interaction whose customer says {@code text}; findings are categories, events and sentiments. */
    public HandMadeStore add(String id, Channel channel, String queue, String customer, Instant start, double seconds,
                             String text, Finding... found) {
        Interaction interaction = Interaction.builder(id, channel, start)
                .endedAt(start.plusMillis(Math.round(seconds * 1000))).agentId("agent-" + (Math.abs(id.hashCode()) % 3))
                .queue(queue).customer(CustomerRef.ofId(customer))
                .turns(List.of(new Turn(Speaker.CUSTOMER, 0, 1000, text, 1.0)))
                .attributes(Map.of("region", queue.hashCode() % 2 == 0 ? "east" : "west"))
                .outcome(new Outcome(null, false, null, null)).build();
        interactions.add(interaction);
        findings.add(List.of(found));
        return this;
    }

    public TouchpointStore write(Path folder) {
        TouchpointStore store = TouchpointStore.open(folder);
        for (int from = 0; from < interactions.size(); from += 5000) {
            List<Interaction> batch = interactions.subList(from, Math.min(interactions.size(), from + 5000));
            store.write(new IngestBatch(batch, List.of(), List.of(), List.of()));
        }
        List<AnalyzedInteraction> analyzed = new ArrayList<>();
        for (int i = 0; i < interactions.size(); i++) {
            analyzed.add(new AnalyzedInteraction(interactions.get(i), findings.get(i)));
        }
        store.writeAnalysis(analyzed, "hand-made");
        return store;
    }

    public static Finding category(String path) {
        return new Finding("rules", "category", path, "pack", 1.0, 1.0, List.of(Evidence.WHOLE_INTERACTION));
    }

    public static Finding event(String name) {
        return new Finding("rules", "event", name, "pack", 1.0, 1.0, List.of(Evidence.WHOLE_INTERACTION));
    }

    public static Finding behaviour(String name, boolean present) {
        return new Finding("rules", "behaviour", name, present ? "present" : "missing", present ? 1.0 : 0.0, 1.0,
                List.of(Evidence.WHOLE_INTERACTION));
    }

    public static Finding customerSentiment(double score) {
        return new Finding("sentiment", "sentiment.speaker", "customer", score < 0 ? "negative" : "positive", score, 0.9,
                List.of(Evidence.WHOLE_INTERACTION));
    }
}
