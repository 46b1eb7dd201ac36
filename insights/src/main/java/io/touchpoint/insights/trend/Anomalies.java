package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Spike detection that accounts for weekday seasonality: each day is compared with the same weekday of the
 * surrounding weeks (Mondays with Mondays, so that a quiet Sunday followed by a normal Monday is no spike) by a
 * robust z-score: {@code (value - median) / (1.4826 x MAD)}. Medians and MADs ignore the spike itself and other
 * outliers, unlike a mean and standard deviation. Count series are scored on Anscombe's variance-stabilizing
 * transform {@code 2 sqrt(x + 3/8)} with a spread of at least 1 (the Poisson noise of a count on that scale), so
 * that 10 contacts against a usual 1 is not scored like 100 against a usual 10.
 *
 * <pre>{@code
 * List<Anomaly> spikes = Anomalies.detect(Trends.daily(store, settings), AnomalySettings.defaults());
 * }</pre>
 */
public final class Anomalies {

    /** Turns a MAD into a standard deviation for normal data. */
    static final double MAD_SCALE = 1.4826;

    /** A KPI day needs this many times {@link AnomalySettings#minCount()} interactions. */
    static final int KPI_COUNT_FACTOR = 6;

    private Anomalies() {
    }

    /** The spikes of every series, highest score first. */
    public static List<Anomaly> detect(List<DailySeries> series, AnomalySettings settings) {
        requireNonNull(series, "series is null");
        requireNonNull(settings, "settings is null");
        List<Anomaly> found = new ArrayList<>();
        for (DailySeries one : series) {
            found.addAll(detect(one, settings));
        }
        found.sort(Comparator.comparingDouble(Anomaly::score).reversed().thenComparing(Anomaly::day));
        return found;
    }

    /**
     * The spikes of one series, in day order. Days found to be spikes are left out of the baselines of the next
     * pass (two outages four weeks apart must not hide each other), until nothing changes.
     */
    public static List<Anomaly> detect(DailySeries series, AnomalySettings settings) {
        java.util.Set<Integer> excluded = new java.util.HashSet<>();
        List<Anomaly> found = List.of();
        for (int pass = 0; pass < 5; pass++) {
            List<Anomaly> next = detect(series, settings, excluded);
            java.util.Set<Integer> spikes = new java.util.HashSet<>();
            for (Anomaly anomaly : next) {
                spikes.add((int) java.time.temporal.ChronoUnit.DAYS.between(series.points().getFirst().day(), anomaly.day()));
            }
            found = next;
            if (spikes.equals(excluded)) {
                break;
            }
            excluded = spikes;
        }
        return found;
    }

    private static List<Anomaly> detect(DailySeries series, AnomalySettings settings, java.util.Set<Integer> excluded) {
        List<SeriesPoint> points = series.points();
        boolean counts = series.measure().equals(DailySeries.COUNT);
        List<Anomaly> found = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint point = points.get(i);
            if (!Double.isFinite(point.value()) || (counts && point.value() < settings.minCount())
                    || (!counts && point.count() < KPI_COUNT_FACTOR * settings.minCount())) {
                continue;
            }
            double[] baseline = baseline(points, i, settings, counts, excluded);
            if (baseline.length < settings.minBaselineDays()) {
                continue;
            }
            double median = median(baseline);
            double spread = MAD_SCALE * mad(baseline, median);
            double score;
            double expected;
            if (counts) {
                // Anscombe's transform 2 sqrt(x + 3/8) makes Poisson counts roughly normal with variance 1 whatever
                // their level, so one threshold means the same on a series of 2 a day and of 200 a day; a spread
                // above 1 is overdispersion (busier and quieter weeks), which the score then allows for.
                spread = Math.max(spread, 1.0);
                score = (anscombe(point.value()) - median) / spread;
                expected = inverseAnscombe(median);
            } else if (series.measure().equals(DailySeries.RATE)) {
                // A share of n interactions varies by sqrt(p (1 - p) / n) from chance alone: 1 escalation in 5 calls
                // is no spike against a usual 3 %.
                double p = Math.min(1 - 1.0 / point.count(), Math.max(median, 1.0 / point.count()));
                spread = Math.max(spread, Math.sqrt(p * (1 - p) / point.count()));
                score = (point.value() - median) / spread;
                expected = median;
            } else {
                // A mean that never moved has MAD 0; a tenth of its level (or 0.01) is the smallest move worth an
                // alert.
                spread = Math.max(spread, Math.max(0.01, Math.abs(median) * 0.1));
                score = (point.value() - median) / spread;
                expected = median;
            }
            boolean ratio = !counts || point.value() >= settings.minRatio() * Math.max(expected, 1e-9);
            if (score >= settings.threshold() && ratio) {
                found.add(new Anomaly(series.label(), series.kind(), series.name(), series.segment(), point.day(),
                        point.value(), expected, spread, score, List.of()));
            }
        }
        return found;
    }

    /** The same anomalies with up to {@code limit} interaction ids of their day. */
    public static List<Anomaly> withExamples(List<Anomaly> anomalies, Connection connection, TrendSettings settings,
                                             int limit) {
        List<Anomaly> result = new ArrayList<>(anomalies.size());
        for (Anomaly anomaly : anomalies) {
            result.add(anomaly.withInteractionIds(Trends.interactionIds(connection, settings, anomaly.kind(),
                    anomaly.name(), anomaly.segment(), anomaly.day(), limit)));
        }
        return result;
    }

    private static double[] baseline(List<SeriesPoint> points, int index, AnomalySettings settings, boolean counts,
                                     java.util.Set<Integer> excluded) {
        List<Double> values = new ArrayList<>();
        for (int week = 1; week <= settings.weeks(); week++) {
            add(points, index - 7 * week, values, excluded);
            if (!settings.trailing()) {
                add(points, index + 7 * week, values, excluded);
            }
        }
        return values.stream().mapToDouble(value -> counts ? anscombe(value) : value).toArray();
    }

    static double anscombe(double count) {
        return 2 * Math.sqrt(Math.max(0, count) + 0.375);
    }

    static double inverseAnscombe(double transformed) {
        return Math.max(0, transformed * transformed / 4 - 0.375);
    }

    private static void add(List<SeriesPoint> points, int index, List<Double> values, java.util.Set<Integer> excluded) {
        if (index >= 0 && index < points.size() && !excluded.contains(index)
                && Double.isFinite(points.get(index).value())) {
            values.add(points.get(index).value());
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double mad(double[] values, double median) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return median(deviations);
    }
}
