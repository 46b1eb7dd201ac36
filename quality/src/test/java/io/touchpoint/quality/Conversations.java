package io.touchpoint.quality;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.store.TouchpointStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made interactions with the findings earlier analyzers would have made. */
final class Conversations {

    static final Instant START = Instant.parse("2026-03-02T14:05:11Z");

    private Conversations() {
    }

    /** An outbound collections call, heard poorly (confidence 0.6-0.7), with the given rule findings. */
    static AnalyzedInteraction collectionsCall(String id, String agentId, double confidence, List<Finding> ruleFindings) {
        Interaction call = Interaction.builder(id, Channel.VOICE, START).direction(Direction.OUTBOUND)
                .queue("collections").agentId(agentId).endedAt(START.plusSeconds(60))
                .turn(new Turn(Speaker.AGENT, 0, 4000, "hi this is Sam calling about your account", confidence))
                .turn(new Turn(Speaker.CUSTOMER, 4100, 6000, "okay what about it", confidence))
                .turn(new Turn(Speaker.AGENT, 6100, 9000, "this call may be recorded, thanks for your time", confidence))
                .build();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.metric("handle-time", "handle_time_s", 60));
        findings.addAll(ruleFindings);
        return new AnalyzedInteraction(call, findings);
    }

    static Finding behaviour(String name, boolean present, double confidence, Evidence evidence) {
        return new Finding("rules", "behaviour", name, present ? "present" : "missing", present ? 1 : 0, confidence,
                List.of(evidence));
    }

    static Finding compliance(String name, double similarity, double confidence, Evidence evidence) {
        return new Finding("rules", "compliance", name, "violation", similarity, confidence, List.of(evidence));
    }

    /** Stores interactions (with their agents) and their analyses, scored by the built-in scorecards. */
    static void store(TouchpointStore store, List<AnalyzedInteraction> analyses) {
        List<Interaction> interactions = analyses.stream().map(AnalyzedInteraction::interaction).toList();
        List<Agent> agents = interactions.stream().map(Interaction::agentId).filter(java.util.Objects::nonNull).distinct()
                .map(agent -> new Agent(agent, "Agent " + agent, "Harbor", "regular")).toList();
        store.write(new IngestBatch(interactions, List.of(), agents, List.of()));
        QualityAnalyzer quality = QualityAnalyzer.builtIn();
        store.writeAnalysis(analyses.stream().map(quality::analyze).toList(), "test-pipeline");
    }
}
