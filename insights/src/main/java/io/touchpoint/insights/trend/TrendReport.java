package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.store.TouchpointStore;
import java.util.List;

/**
 * Trends and alerts in one: the daily series, the spikes with the interactions of their day, and the reasons whose
 * repeat contacts are rising.
 *
 * <pre>{@code
 * TrendReport report = TrendReport.build(store, TrendSettings.defaults(), AnomalySettings.defaults(),
 *         RepeatRiseDetector.Settings.defaults());
 * }</pre>
 */
public record TrendReport(TrendSettings settings, List<DailySeries> series, List<Anomaly> anomalies,
                          List<RepeatRise> repeatRises) {

    /** Interaction ids listed per spike. */
    public static final int IDS_PER_ANOMALY = 20;

    public TrendReport {
        requireNonNull(settings, "TrendReport.settings is null");
        series = List.copyOf(requireNonNull(series, "TrendReport.series is null"));
        anomalies = List.copyOf(requireNonNull(anomalies, "TrendReport.anomalies is null"));
        repeatRises = List.copyOf(requireNonNull(repeatRises, "TrendReport.repeatRises is null"));
    }

    public static TrendReport build(TouchpointStore store, TrendSettings trends, AnomalySettings anomalies,
                                    RepeatRiseDetector.Settings repeats) {
        requireNonNull(store, "store is null");
        InteractionFacts.ensureFresh(store);
        List<DailySeries> series = Trends.daily(store.duckdb(), trends);
        List<Anomaly> spikes = Anomalies.withExamples(Anomalies.detect(series, anomalies), store.duckdb(), trends,
                IDS_PER_ANOMALY);
        return new TrendReport(trends, series, spikes, RepeatRiseDetector.detect(store.duckdb(), repeats));
    }
}
