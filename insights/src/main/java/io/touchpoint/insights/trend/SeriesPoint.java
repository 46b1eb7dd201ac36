package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One day of a series.
 *
 * @param day the UTC day
 * @param value the count (count series) or the mean (KPI series; NaN on a day without data)
 * @param count interactions behind the value
 */
public record SeriesPoint(LocalDate day, double value, long count) {
    public SeriesPoint {
        requireNonNull(day, "SeriesPoint.day is null");
        if (count < 0) {
            throw new IllegalArgumentException("SeriesPoint.count on " + day + " is negative");
        }
    }
}
