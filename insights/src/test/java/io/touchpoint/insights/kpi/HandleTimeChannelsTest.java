package io.touchpoint.insights.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An e-mail thread's days-long span is not handle time: AHT counts calls and chats only. */
class HandleTimeChannelsTest {

    @TempDir
    Path dir;

    private static Interaction contact(String id, Channel channel, long seconds) {
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        return Interaction.builder(id, channel, start).endedAt(start.plusSeconds(seconds)).agentId("a1")
                .queue("billing").customer(CustomerRef.ofId("c1"))
                .turns(List.of(new Turn(Speaker.CUSTOMER, 0, 1000, "my bill", 1.0))).build();
    }

    @Test
    void anEmailThreadDoesNotCountTowardsHandleTime() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(contact("v1", Channel.VOICE, 300),
                    contact("c1", Channel.CHAT, 500), contact("e1", Channel.EMAIL, 86_400))));

            for (boolean facts : List.of(false, true)) {
                if (facts) {
                    InteractionFacts.ensureFresh(store);
                }
                KpiResult overall = KpiEngine.run(store.duckdb(), KpiQuery.by(List.of()));
                assertThat(overall.rows().getFirst().value(Kpi.AHT_S).orElseThrow()).as("facts " + facts)
                        .isCloseTo(400, within(1e-9));
                KpiResult byChannel = KpiEngine.run(store.duckdb(), KpiQuery.by("channel"));
                KpiRow email = byChannel.rows().stream().filter(row -> row.dimensionValues().equals(List.of("email")))
                        .findFirst().orElseThrow();
                assertThat(email.volume()).isEqualTo(1);
                assertThat(email.value(Kpi.AHT_S)).as("facts " + facts).isEmpty();
            }
        }
    }
}
