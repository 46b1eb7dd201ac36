package io.touchpoint.insights.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.quality.QualityService;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QA score KPI shows a reviewer's final score where a person answered, on both query paths. */
class ReviewedQaScoreTest {

    @TempDir
    Path dir;

    private static Interaction call(String id) {
        return Interaction.builder(id, Channel.VOICE, Instant.parse("2026-03-02T10:00:00Z")).agentId("a1")
                .queue("billing").customer(CustomerRef.ofId("c1"))
                .turns(List.of(new Turn(Speaker.AGENT, 0, 1000, "hello", 1.0))).build();
    }

    private static AnalyzedInteraction scored(Interaction interaction, double score) {
        // Two evidence rows: the score must count once per scorecard, not once per evidence.
        Finding qa = new Finding("quality", "qa", "customer-service", score >= 70 ? "pass" : "fail", score, 0.9,
                List.of(new Evidence(0, 0, 1, 0, 100), new Evidence(0, 2, 3, 100, 200)));
        return new AnalyzedInteraction(interaction, List.of(qa));
    }

    private static double qaScore(TouchpointStore store) {
        return KpiEngine.run(store.duckdb(), KpiQuery.by(List.of())).rows().getFirst().value(Kpi.QA_SCORE).orElseThrow();
    }

    @Test
    void aReviewedScoreReplacesTheMachineScoreInTheKpi() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            Interaction first = call("v1");
            Interaction second = call("v2");
            store.write(IngestBatch.ofInteractions(List.of(first, second)));
            store.writeAnalysis(List.of(scored(first, 40), scored(second, 80)), "test");
            assertThat(qaScore(store)).isCloseTo(60, within(1e-9));

            store.ensureSchema(QualityService.SCHEMA);
            InteractionFacts.ensureFresh(store);
            assertThat(qaScore(store)).isCloseTo(60, within(1e-9));

            // A reviewer overturned v1's failed answer: its final score is 100.
            store.transaction(connection -> connection.createStatement().executeUpdate(
                    "INSERT INTO quality_reviewed_scores VALUES ('v1', 'customer-service', 40, 100, 'pass', now()::TIMESTAMP)"));

            assertThat(InteractionFacts.isFresh(store.duckdb())).isFalse();
            assertThat(qaScore(store)).as("raw statement").isCloseTo(90, within(1e-9));
            assertThat(InteractionFacts.ensureFresh(store).rebuilt()).isTrue();
            assertThat(qaScore(store)).as("fact table").isCloseTo(90, within(1e-9));
        }
    }
}
