package io.touchpoint.insights.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.insights.SimulatedAnalyzedStore;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.KpiQuery;
import io.touchpoint.insights.kpi.KpiRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Daily series on the simulator's analyzed store agree with the KPI engine and drill down to their interactions. */
class TrendsTest {

    static SimulatedAnalyzedStore simulated;

    @BeforeAll
    static void analyzeSimulatedCenter() throws Exception {
        simulated = SimulatedAnalyzedStore.shared(3000, 5, true);
    }

    @Test
    void volumeAndCategorySeriesCountEveryDayAndAgreeWithTheKpiEngine() {
        List<DailySeries> series = Trends.daily(simulated.store(), TrendSettings.defaults());
        DailySeries volume = series.stream().filter(s -> s.kind().equals("volume")).findFirst().orElseThrow();
        assertThat(volume.total()).isEqualTo(simulated.store().stats().interactions());
        Map<String, Long> byDay = KpiEngine.run(simulated.store().duckdb(), KpiQuery.by("day")).rows().stream()
                .collect(Collectors.toMap(row -> row.dimensionValues().getFirst(), KpiRow::volume));
        for (SeriesPoint point : volume.points()) {
            assertThat((long) point.value()).as(point.day().toString()).isEqualTo(byDay.getOrDefault(point.day().toString(), 0L));
        }
        // Every day of the period is present, in order, in every series.
        LocalDate first = volume.points().getFirst().day();
        assertThat(series).allSatisfy(s -> {
            assertThat(s.points()).hasSameSizeAs(volume.points());
            assertThat(s.points().getFirst().day()).isEqualTo(first);
        });
        assertThat(series).anyMatch(s -> s.kind().equals("category") && s.name().equals("Network/Outage"));
        assertThat(series).anyMatch(s -> s.kind().equals("event") && s.name().equals("escalation_request"));
        assertThat(series).filteredOn(s -> s.kind().equals("kpi")).extracting(DailySeries::name)
                .containsExactlyInAnyOrder("handle_time_s", "customer_sentiment", "escalation_rate", "repeat_rate");
    }

    @Test
    void splitsByAnInteractionAttributeAndDrillsDownToTheInteractionsOfADay() {
        TrendSettings settings = TrendSettings.defaults().withSplit("attribute:region");
        List<DailySeries> series = Trends.daily(simulated.store(), settings);
        DailySeries outage = series.stream()
                .filter(s -> s.name().equals("Network/Outage") && s.segment() != null && !s.segment().equals("(none)"))
                .max(java.util.Comparator.comparingDouble(DailySeries::total)).orElseThrow();
        SeriesPoint busiest = outage.points().stream()
                .max(java.util.Comparator.comparingDouble(SeriesPoint::value)).orElseThrow();
        List<String> ids = Trends.interactionIds(simulated.store().duckdb(), settings, "category", "Network/Outage",
                outage.segment(), busiest.day(), 1000);
        assertThat(ids).hasSize((int) busiest.value());
        assertThat(simulated.store().interactions(ids)).allSatisfy(interaction ->
                assertThat(interaction.attributes().get("region")).isEqualTo(outage.segment()));
        // E-mail and social threads carry no region: they form the "(none)" series.
        assertThat(series).anyMatch(s -> "(none)".equals(s.segment()) && s.kind().equals("volume"));
    }
}
