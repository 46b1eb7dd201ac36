package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings made before the first write (PII redaction at ingest) are stored with their interaction. */
class IngestFindingsTest {

    @TempDir
    Path dir;

    private static Interaction chat(String id, String text) {
        return SampleData.simple(id, Channel.CHAT, SampleData.T0, new CustomerRef("c1", null, null, null), text);
    }

    private static Finding card(Interaction interaction) {
        return new Finding("pii-redaction", "pii", "CARD", "redacted", 1.0, 0.99,
                List.of(Evidence.ofSpan(0, interaction.turns().getFirst(), 8, 27)));
    }

    @Test
    void storesIngestFindingsOnceAcrossRepeatedWrites() {
        Interaction redacted = chat("chat-1", "my card [CARD] please");
        IngestBatch batch = new IngestBatch(List.of(redacted), List.of(), List.of(), List.of(),
                Map.of("chat-1", List.of(card(redacted))));
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(batch);
            store.write(batch);

            assertThat(store.findings("chat-1")).singleElement()
                    .extracting(Finding::analyzer, Finding::name).containsExactly("pii-redaction", "CARD");
            assertThat(store.findings(List.of("chat-1", "chat-2"), List.of("pii-redaction")))
                    .containsOnlyKeys("chat-1");
            assertThat(store.findings(List.of("chat-1"), List.of("rules"))).isEmpty();
        }
    }

    @Test
    void changedContentReplacesTheOldFindings() {
        Interaction first = chat("chat-1", "my card [CARD] please");
        Interaction changed = chat("chat-1", "no card after all");
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(new IngestBatch(List.of(first), List.of(), List.of(), List.of(),
                    Map.of("chat-1", List.of(card(first)))));
            store.write(IngestBatch.ofInteractions(List.of(changed)));

            assertThat(store.findings("chat-1")).isEmpty();
            assertThat(store.interaction("chat-1").orElseThrow().turns().getFirst().text())
                    .isEqualTo("no card after all");
        }
    }
}
