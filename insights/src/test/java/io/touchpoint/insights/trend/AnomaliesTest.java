package io.touchpoint.insights.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spike detection on synthetic series with a weekly rhythm and Poisson noise. */
class AnomaliesTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-01-05");

    @Test
    void doesNotFlagAWeeklyPeakThatComesEveryWeek() {
        for (long seed = 1; seed <= 20; seed++) {
            DailySeries series = weekly(seed, -1, 0);
            assertThat(Anomalies.detect(series, AnomalySettings.defaults())).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void flagsASpikeOnAnOrdinaryWeekdayAndOnlyThatDay() {
        for (long seed = 1; seed <= 20; seed++) {
            int spikeDay = 7 * 6 + 2; // a Wednesday in week 7
            DailySeries series = weekly(seed, spikeDay, 70);
            List<Anomaly> found = Anomalies.detect(series, AnomalySettings.defaults());
            assertThat(found).as("seed " + seed).extracting(Anomaly::day).containsExactly(MONDAY.plusDays(spikeDay));
            assertThat(found.getFirst().expected()).isBetween(40.0, 60.0);
        }
    }

    @Test
    void judgesTheFirstWeeksOnlyWithABaselineAfterThemUnlessTrailing() {
        DailySeries series = weekly(3, 2, 70);
        assertThat(Anomalies.detect(series, AnomalySettings.defaults())).extracting(Anomaly::day)
                .containsExactly(MONDAY.plusDays(2));
        assertThat(Anomalies.detect(series, AnomalySettings.defaults().withTrailing(true))).isEmpty();
    }

    @Test
    void leavesQuietSeriesAlone() {
        List<SeriesPoint> points = new ArrayList<>();
        for (int day = 0; day < 84; day++) {
            points.add(new SeriesPoint(MONDAY.plusDays(day), day == 40 ? 4 : day % 9 == 0 ? 1 : 0, 1));
        }
        DailySeries sparse = new DailySeries("category", "Rare", null, DailySeries.COUNT, points);
        assertThat(Anomalies.detect(sparse, AnomalySettings.defaults())).isEmpty();
    }

    /** 12 weeks: 50 a weekday, 100 on Mondays, 20 on weekends, Poisson noise; plus {@code extra} on one day. */
    static DailySeries weekly(long seed, int spikeDay, int extra) {
        Random random = new Random(seed);
        List<SeriesPoint> points = new ArrayList<>();
        for (int day = 0; day < 84; day++) {
            DayOfWeek weekday = MONDAY.plusDays(day).getDayOfWeek();
            double mean = weekday == DayOfWeek.MONDAY ? 100 : weekday.getValue() >= 6 ? 20 : 50;
            double value = poisson(random, mean) + (day == spikeDay ? extra : 0);
            points.add(new SeriesPoint(MONDAY.plusDays(day), value, (long) value));
        }
        return new DailySeries("category", "Network/Outage", null, DailySeries.COUNT, points);
    }

    private static int poisson(Random random, double mean) {
        // Normal approximation, good enough for means of 20 and more.
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
}
