package io.touchpoint.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.insights.SimulatedAnalyzedStore;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.KpiQuery;
import io.touchpoint.insights.kpi.KpiResult;
import io.touchpoint.store.TouchpointStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fact table gives exactly the KPIs of the raw statement, and goes stale when the store is written. */
class InteractionFactsTest {

    static SimulatedAnalyzedStore simulated;

    @BeforeAll
    static void analyzeSimulatedCenter() throws Exception {
        simulated = SimulatedAnalyzedStore.shared(3000, 5, true);
    }

    @Test
    void givesTheSameKpisAsTheRawTablesForEveryDimensionAndFilter() {
        TouchpointStore store = simulated.store();
        List<KpiQuery> queries = List.of(KpiQuery.by(""), KpiQuery.by("queue,channel"), KpiQuery.by("agent,week"),
                KpiQuery.by("category_path,team").withChannels(List.of("voice", "chat")),
                KpiQuery.by("category,day").between(Instant.parse("2026-02-01T00:00:00Z"),
                        Instant.parse("2026-03-01T00:00:00Z")).withFcrDays(3).withEarlyTransferSeconds(20),
                KpiQuery.by("month,direction").withQueues(List.of("billing", "sales")));
        // A write after the last build makes the facts stale, so these run the raw statement.
        store.write(new IngestBatch(List.of(), List.of(), List.of(new Agent("extra-agent", "Extra", "Red", "junior")),
                List.of()));
        assertThat(InteractionFacts.isFresh(store.duckdb())).isFalse();
        List<KpiResult> raw = queries.stream().map(query -> KpiEngine.run(store.duckdb(), query)).toList();

        InteractionFacts.Build build = InteractionFacts.ensureFresh(store);
        assertThat(build.rebuilt()).isTrue();
        assertThat(build.rows()).isEqualTo(store.stats().interactions());
        assertThat(InteractionFacts.isFresh(store.duckdb())).isTrue();
        for (int i = 0; i < queries.size(); i++) {
            KpiResult fromFacts = KpiEngine.run(store.duckdb(), queries.get(i));
            assertThat(fromFacts.rows()).as(queries.get(i).toString()).hasSameSizeAs(raw.get(i).rows());
            for (int row = 0; row < fromFacts.rows().size(); row++) {
                var expected = raw.get(i).rows().get(row);
                var actual = fromFacts.rows().get(row);
                assertThat(actual.dimensionValues()).isEqualTo(expected.dimensionValues());
                assertThat(actual.volume()).isEqualTo(expected.volume());
                assertThat(actual.values().keySet()).isEqualTo(expected.values().keySet());
                expected.values().forEach((kpi, value) ->
                        assertThat(actual.values().get(kpi)).as(kpi + " of " + expected.dimensionValues())
                                .isCloseTo(value, org.assertj.core.api.Assertions.within(1e-9)));
            }
        }
        assertThat(InteractionFacts.ensureFresh(store).rebuilt()).isFalse();
    }

    @Test
    void goesStaleWhenTheStoreIsWrittenAndIsRebuiltOnDemand() {
        TouchpointStore store = simulated.store();
        InteractionFacts.ensureFresh(store);
        store.write(new IngestBatch(List.of(), List.of(), List.of(new Agent("late-agent", "Late", "Blue", "junior")),
                List.of()));
        assertThat(InteractionFacts.isFresh(store.duckdb())).isFalse();
        assertThat(InteractionFacts.ensureFresh(store).rebuilt()).isTrue();
        assertThat(InteractionFacts.isFresh(store.duckdb())).isTrue();
    }

    @Test
    void rebuildsOnceWhenSeveralReadersFindTheTableStaleAtTheSameTime() throws Exception {
        TouchpointStore store = simulated.store();
        store.write(new IngestBatch(List.of(), List.of(), List.of(new Agent("another-agent", "Other", "Red", "junior")),
                List.of()));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<InteractionFacts.Build>> builds = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                builds.add(pool.submit(() -> InteractionFacts.ensureFresh(store)));
            }
            long rebuilt = 0;
            for (var build : builds) {
                rebuilt += build.get().rebuilt() ? 1 : 0;
            }
            assertThat(rebuilt).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(InteractionFacts.isFresh(store.duckdb())).isTrue();
    }
}
