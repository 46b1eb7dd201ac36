package io.touchpoint.insights.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator's outage spike: on three weekdays the outage contacts of one region are multiplied by six. Daily
 * series per region and contact reason (from the simulator's own interactions and truth, no store: this tests the
 * detector, not the rules) must flag exactly the planted days in the planted series, and nothing in the series
 * without a plant, although volumes follow a strong weekday rhythm (Saturdays at 45 %, Sundays at 25 %).
 */
class SimulatedOutageSpikeTest {

    /** Enough contacts that a region's outage day is several a day, so that six times it stands out. */
    static final int INTERACTIONS = 30_000;

    private static final Map<Long, SimulatedContactCenter> CENTERS = new java.util.HashMap<>();

    static synchronized SimulatedContactCenter center(long seed) {
        return CENTERS.computeIfAbsent(seed,
                s -> new ContactCenterSimulator(SimulationConfig.of(INTERACTIONS, s)).generate());
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void findsThePlantedOutageDaysAndNothingElse(long seed) {
        SimulatedContactCenter center = center(seed);
        GroundTruth truth = center.truth();
        List<DailySeries> series = series(center, truth);
        List<Anomaly> anomalies = Anomalies.detect(series, AnomalySettings.defaults());

        String planted = "category outage [" + truth.outageSpike().region() + "]";
        assertThat(anomalies).filteredOn(anomaly -> anomaly.series().equals(planted)).extracting(Anomaly::day)
                .containsExactlyInAnyOrderElementsOf(truth.outageSpike().days());
        assertThat(anomalies).as("spikes in series without a plant")
                .allMatch(anomaly -> anomaly.series().equals(planted));
    }

    @Test
    void alsoFindsTheOutageDaysWhenOnlyTheWeeksBeforeAreKnown() {
        SimulatedContactCenter center = center(42);
        GroundTruth truth = center.truth();
        List<Anomaly> anomalies = Anomalies.detect(series(center, truth), AnomalySettings.defaults().withTrailing(true));
        // The first planted day falls in the third week, with too few earlier weeks to judge it.
        List<LocalDate> judgeable = truth.outageSpike().days().stream()
                .filter(day -> day.isAfter(truth.startDate().plusDays(21))).toList();
        assertThat(anomalies).extracting(Anomaly::day).containsAll(judgeable);
        assertThat(anomalies).allMatch(anomaly -> anomaly.series().contains("outage [" + truth.outageSpike().region()));
    }

    /** One count series per region and reason, every day of the period. */
    static List<DailySeries> series(SimulatedContactCenter center, GroundTruth truth) {
        Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
        for (Interaction interaction : center.interactions()) {
            String region = interaction.attributes().get("region");
            String reason = truth.reasonByInteraction().get(interaction.id());
            if (region == null || reason == null) {
                continue; // e-mail and social threads carry no region
            }
            LocalDate day = LocalDate.ofInstant(interaction.startedAt(), ZoneOffset.UTC);
            counts.computeIfAbsent(reason + "|" + region, key -> new TreeMap<>()).merge(day, 1, Integer::sum);
        }
        List<DailySeries> series = new ArrayList<>();
        LocalDate first = truth.startDate();
        LocalDate last = truth.startDate().plusDays(truth.days());
        counts.forEach((key, byDay) -> {
            List<SeriesPoint> points = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                int count = byDay.getOrDefault(day, 0);
                points.add(new SeriesPoint(day, count, count));
            }
            String[] parts = key.split("\\|");
            series.add(new DailySeries("category", parts[0], parts[1], DailySeries.COUNT, points));
        });
        return series;
    }
}
