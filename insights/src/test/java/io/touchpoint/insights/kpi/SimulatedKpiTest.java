package io.touchpoint.insights.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.IngestJob;
import io.touchpoint.ingest.IngestReport;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.simulator.WrittenFiles;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPIs on a simulated contact center ingested into a real store, checked against what the simulator planted. */
class SimulatedKpiTest {

    @TempDir
    static Path folder;

    private static TouchpointStore store;
    private static SimulatedContactCenter center;

    @BeforeAll
    static void ingestSimulatedContactCenter() throws Exception {
        center = new ContactCenterSimulator(SimulationConfig.of(3_000, 23L)).generate();
        WrittenFiles files = SimulationWriter.write(center, folder.resolve("source"));
        store = TouchpointStore.open(folder.resolve("data"));
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(folder.resolve("dead-letter.ndjson"))) {
            IngestReport ingested = new IngestJob(ConnectorRegistry.load(), store, deadLetters, IngestOptions.defaults(),
                    ProgressListener.NONE, 2_000)
                    .run(List.of(files.agents(), files.interactions(), files.mailbox(), files.socialPosts()));
            assertThat(ingested.rejected()).isZero();
        }
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void countsEveryGeneratedInteractionUnderItsChannel() {
        Map<String, Long> generated = center.interactions().stream().collect(Collectors.groupingBy(
                interaction -> interaction.channel().name().toLowerCase(Locale.ROOT), Collectors.counting()));
        KpiResult byChannel = KpiEngine.run(store.duckdb(), KpiQuery.by("channel"));
        Map<String, Long> measured = byChannel.rows().stream()
                .collect(Collectors.toMap(row -> row.dimensionValues().getFirst(), KpiRow::volume));
        assertThat(generated).hasSizeGreaterThan(3);
        assertThat(measured).isEqualTo(generated);
    }

    @Test
    void ranksThePlantedEarlyTransferAgentsHighest() {
        GroundTruth truth = center.truth();
        assertThat(truth.earlyTransferAgents()).hasSize(3);
        KpiResult byAgent = KpiEngine.run(store.duckdb(), KpiQuery.by("agent").withChannels(List.of("voice")));
        List<String> topThree = byAgent.rows().stream()
                .filter(row -> row.dimensionValues().getFirst() != null)
                .sorted(Comparator.comparingDouble((KpiRow row) -> row.value(Kpi.EARLY_TRANSFER_RATE).orElse(0))
                        .reversed())
                .limit(3).map(row -> row.dimensionValues().getFirst()).toList();
        assertThat(topThree).containsExactlyInAnyOrderElementsOf(truth.earlyTransferAgents());
    }

    @Test
    void findsNoEarlyTransfersWhenTheThresholdIsBelowEveryCallLength() {
        long shortestVoiceCall = center.interactions().stream()
                .filter(interaction -> interaction.channel() == io.touchpoint.core.model.Channel.VOICE)
                .mapToLong(interaction -> interaction.duration().toSeconds()).min().orElseThrow();
        KpiRow voice = KpiEngine.run(store.duckdb(), KpiQuery.by("channel").withChannels(List.of("voice"))
                .withEarlyTransferSeconds((int) Math.max(0, shortestVoiceCall - 1))).rows().getFirst();
        assertThat(voice.value(Kpi.EARLY_TRANSFER_RATE)).hasValue(0.0);
        assertThat(voice.value(Kpi.TRANSFER_RATE).orElseThrow()).isGreaterThan(0.0);
    }

    @Test
    void measuresTalkSilenceAndHoldAsTheGeneratedTurnTimingsGive() {
        List<Interaction> calls = center.interactions().stream()
                .filter(interaction -> interaction.channel() == io.touchpoint.core.model.Channel.VOICE).toList();
        double talk = 0;
        double silence = 0;
        double hold = 0;
        for (Interaction call : calls) {
            List<io.touchpoint.core.model.Turn> turns = call.turns();
            for (int i = 0; i < turns.size(); i++) {
                talk += turns.get(i).endMs() - turns.get(i).startMs();
                if (i > 0) {
                    long gap = turns.get(i).startMs() - turns.get(i - 1).endMs();
                    silence += gap > KpiEngine.SILENCE_MS ? gap : 0;
                    hold += gap > KpiEngine.HOLD_MS ? gap : 0;
                }
            }
        }
        assertThat(center.truth().interactions(GroundTruth.HOLD)).isNotEmpty();
        KpiRow voice = KpiEngine.run(store.duckdb(), KpiQuery.by(List.of()).withChannels(List.of("voice"))).rows()
                .getFirst();
        assertThat(voice.volume()).isEqualTo(calls.size());
        assertThat(hold).isPositive();
        assertThat(voice.value(Kpi.TALK_S).orElseThrow()).isCloseTo(talk / calls.size() / 1000, within(1e-6));
        assertThat(voice.value(Kpi.SILENCE_S).orElseThrow()).isCloseTo(silence / calls.size() / 1000, within(1e-6));
        assertThat(voice.value(Kpi.HOLD_S).orElseThrow()).isCloseTo(hold / calls.size() / 1000, within(1e-6));
    }
}
