package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisStorageTest {

    @TempDir
    Path dir;

    private static final Interaction CALL = SampleData.simple("c-1", Channel.VOICE, SampleData.T0,
            CustomerRef.ofId("C-1"), "my card number is 4111 1111 1111 1111 and I want a refund", "let me check");
    private static final Interaction CHAT = SampleData.simple("c-2", Channel.CHAT, SampleData.T0.plusSeconds(60),
            null, "where is my parcel");

    private static Finding category(Interaction interaction) {
        Turn turn = interaction.turns().getFirst();
        int start = turn.text().indexOf("refund");
        return new Finding("categories", "category", "Billing/Refund", "", 1.0, 0.8,
                List.of(Evidence.ofSpan(0, turn, Math.max(0, start), Math.max(0, start) + 6),
                        Evidence.ofTurn(1, interaction.turns().get(1))));
    }

    private static Interaction redacted(Interaction interaction) {
        return interaction.withTurns(interaction.turns().stream()
                .map(turn -> turn.withText(turn.text().replaceAll("\\d{4} \\d{4} \\d{4} \\d{4}", "[CARD]")))
                .toList());
    }

    @Test
    void findingsComeBackWithTheirEvidenceInOrder() {
        List<Finding> findings = List.of(category(CALL), Finding.metric("handle-time", "handle_time_s", 389.5),
                new Finding("sentiment", "sentiment.turn", "turn", "negative", -0.6, 0.7,
                        List.of(Evidence.ofTurn(0, CALL.turns().getFirst()))));
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CALL)));

            store.writeAnalysis(List.of(new AnalyzedInteraction(CALL, findings)), "v1");

            assertThat(store.findings("c-1")).isEqualTo(findings);
            assertThat(store.stats().findings()).isEqualTo(4);
        }
    }

    @Test
    void analyzingAgainReplacesTheFindings() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CALL, CHAT)));
            store.writeAnalysis(List.of(new AnalyzedInteraction(CALL, List.of(category(CALL))),
                    new AnalyzedInteraction(CHAT, List.of(Finding.metric("m", "x", 1)))), "v1");

            Finding only = Finding.metric("handle-time", "handle_time_s", 12);
            store.writeAnalysis(List.of(new AnalyzedInteraction(CALL, List.of(only))), "v2");

            assertThat(store.findings("c-1")).containsExactly(only);
            assertThat(store.findings("c-2")).containsExactly(Finding.metric("m", "x", 1));
            store.writeAnalysis(List.of(AnalyzedInteraction.of(CALL)), "v2");
            assertThat(store.findings("c-1")).isEmpty();
        }
    }

    @Test
    void redactedTextReplacesTheOriginalInDuckDbAndLucene() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CALL)));
            assertThat(store.search(SearchRequest.of("4111", 10)).totalHits()).isEqualTo(1);

            store.writeAnalysis(List.of(AnalyzedInteraction.of(redacted(CALL))), "v1");

            assertThat(store.interaction("c-1").orElseThrow().turns().getFirst().text())
                    .isEqualTo("my card number is [CARD] and I want a refund");
            assertThat(store.search(SearchRequest.of("4111", 10)).totalHits()).isZero();
            assertThat(store.search(SearchRequest.of("card", 10)).totalHits()).isEqualTo(1);
            assertThat(store.indexedTurns()).isEqualTo(2);
            assertThat(store.journey("C-1").interactions().getFirst().preview()).doesNotContain("4111");
        }
    }

    @Test
    void reingestingUnchangedContentKeepsTheRedactionAndTheAnalysis() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CALL)));
            store.writeAnalysis(List.of(new AnalyzedInteraction(redacted(CALL), List.of(category(CALL)))), "v1");

            store.write(IngestBatch.ofInteractions(List.of(CALL)));

            assertThat(store.search(SearchRequest.of("4111", 10)).totalHits()).isZero();
            assertThat(store.findings("c-1")).hasSize(1);
            assertThat(store.interactionIdsNeedingAnalysis("v1", false)).isEmpty();
        }
    }

    @Test
    void interactionsNeedAnalysisWhenNewChangedOrAnalyzedByAnotherVersion() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CHAT, CALL)));
            assertThat(store.interactionIdsNeedingAnalysis("v1", false)).containsExactly("c-1", "c-2");

            store.writeAnalysis(List.of(AnalyzedInteraction.of(CALL), AnalyzedInteraction.of(CHAT)), "v1");
            assertThat(store.interactionIdsNeedingAnalysis("v1", false)).isEmpty();
            assertThat(store.interactionIdsNeedingAnalysis("v2", false)).containsExactly("c-1", "c-2");
            assertThat(store.interactionIdsNeedingAnalysis("v1", true)).containsExactly("c-1", "c-2");

            store.write(IngestBatch.ofInteractions(List.of(CHAT.withQueue("returns"))));
            assertThat(store.interactionIdsNeedingAnalysis("v1", false)).containsExactly("c-2");

            Interaction added = SampleData.simple("c-3", Channel.SMS, SampleData.T0.minusSeconds(10), null, "hi");
            store.write(IngestBatch.ofInteractions(List.of(added)));
            assertThat(store.interactionIdsNeedingAnalysis("v1", false)).containsExactly("c-3", "c-2");
        }
    }

    @Test
    void resultsForAnInteractionNotInTheStoreAreRefusedWhole() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CALL)));

            assertThatThrownBy(() -> store.writeAnalysis(List.of(
                    new AnalyzedInteraction(CALL, List.of(category(CALL))),
                    AnalyzedInteraction.of(CHAT)), "v1"))
                    .isInstanceOfSatisfying(TouchpointException.class,
                            e -> assertThat(e.kind()).isEqualTo(TouchpointException.Kind.USER_ERROR))
                    .hasMessageContaining("c-2");

            assertThat(store.findings("c-1")).isEmpty();
            assertThat(store.interactionIdsNeedingAnalysis("v1", false)).containsExactly("c-1");
        }
    }

    @Test
    void analysisThatFailsHalfWayLeavesTheFormerStateAndIndex() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CALL)));
            store.failAt(Failpoints.BEFORE_COMMIT);

            assertThatThrownBy(() -> store.writeAnalysis(
                    List.of(new AnalyzedInteraction(redacted(CALL), List.of(category(CALL)))), "v1"))
                    .isInstanceOf(TouchpointException.class);

            assertThat(store.findings("c-1")).isEmpty();
            assertThat(store.interaction("c-1")).contains(CALL);
            assertThat(store.search(SearchRequest.of("4111", 10)).totalHits()).isEqualTo(1);
            assertThat(store.indexedTurns()).isEqualTo(2);
        }
    }

    @Test
    void redactionSurvivesAReindexAndAReopen() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(CALL)));
            store.writeAnalysis(List.of(AnalyzedInteraction.of(redacted(CALL))), "v1");
            store.reindex();
        }
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.search(SearchRequest.of("4111", 10)).totalHits()).isZero();
            assertThat(store.search(SearchRequest.of("card", 10)).totalHits()).isEqualTo(1);
        }
    }
}
