package io.touchpoint.insights.trend;

/**
 * How {@link Anomalies} decides that a day is a spike.
 *
 * @param weeks how many weeks of the same weekday form the baseline (on each side when {@code trailing} is
 *        false); default 4
 * @param trailing true: only earlier weeks (alerting as days arrive); false: weeks before and after (a report
 *        over a closed period, which can judge the first weeks too); default false
 * @param minBaselineDays fewest same-weekday values a baseline needs; default 3
 * @param threshold robust z-score at or above which a day is a spike; default 4.5 (for Poisson counts about one
 *        false alarm in 300,000 series-days)
 * @param minCount a count series' day must have at least this many interactions; default 5 (a KPI series' day
 *        needs six times as many, 30: a mean or a rate of fewer interactions is mostly noise)
 * @param minRatio and at least this multiple of its baseline median; default 1.5
 */
public record AnomalySettings(int weeks, boolean trailing, int minBaselineDays, double threshold, double minCount,
                              double minRatio) {

    public AnomalySettings {
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("AnomalySettings.weeks " + weeks + " is outside 1..52");
        }
        if (minBaselineDays < 2) {
            throw new IllegalArgumentException("AnomalySettings.minBaselineDays " + minBaselineDays + " is below 2");
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("AnomalySettings.threshold must be positive, got " + threshold);
        }
        if (!(minCount >= 0) || !(minRatio >= 1)) {
            throw new IllegalArgumentException("AnomalySettings: minCount must be >= 0 and minRatio >= 1, got "
                    + minCount + " and " + minRatio);
        }
    }

    public static AnomalySettings defaults() {
        return new AnomalySettings(4, false, 3, 4.5, 5, 1.5);
    }

    public AnomalySettings withTrailing(boolean value) {
        return new AnomalySettings(weeks, value, minBaselineDays, threshold, minCount, minRatio);
    }

    public AnomalySettings withThreshold(double value) {
        return new AnomalySettings(weeks, trailing, minBaselineDays, value, minCount, minRatio);
    }
}
