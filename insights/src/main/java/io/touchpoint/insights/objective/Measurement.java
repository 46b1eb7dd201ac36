package io.touchpoint.insights.objective;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A before/after comparison of an objective's metric around the date its change went live.
 *
 * @param metric the metric's wire name
 * @param category the contact reason it was restricted to (a path or a top level), or null for all
 * @param changeDate the first day (UTC) of the after window
 * @param before the window before the change
 * @param after the window from the change on
 * @param delta after mean minus before mean
 * @param relativeChange delta over the before mean (NaN when the before mean is 0)
 * @param welchP two-sided p-value of Welch's t-test (unequal variances)
 * @param mannWhitneyP two-sided p-value of the Mann-Whitney U test (no normality assumed)
 * @param target the objective's target for the after mean
 * @param targetMet the after mean is at or past the target in the metric's better direction
 * @param improved the change is significant (Welch p below 0.05) and in the better direction
 * @param verdict {@code achieved} (improved and target met), {@code improved} (target not met),
 *        {@code no_significant_change}, {@code worse} (significant, in the wrong direction) or
 *        {@code insufficient_data} (fewer than two values on a side)
 */
public record Measurement(String metric, String category, LocalDate changeDate, Window before, Window after,
                          double delta, double relativeChange, double welchP, double mannWhitneyP, double target,
                          boolean targetMet, boolean improved, String verdict) {

    public Measurement {
        requireNonNull(metric, "Measurement.metric is null");
        requireNonNull(changeDate, "Measurement.changeDate is null");
        requireNonNull(before, "Measurement.before is null");
        requireNonNull(after, "Measurement.after is null");
        requireNonNull(verdict, "Measurement.verdict is null");
    }

    /**
     * One side of the comparison.
     *
     * @param from first day included
     * @param to last day included
     * @param count interactions with a value for the metric
     * @param mean their mean (NaN when none)
     * @param standardDeviation their sample standard deviation
     * @param exampleIds some of them, most recent first
     */
    public record Window(LocalDate from, LocalDate to, long count, double mean, double standardDeviation,
                         List<String> exampleIds) {
        public Window {
            requireNonNull(from, "Window.from is null");
            requireNonNull(to, "Window.to is null");
            exampleIds = List.copyOf(requireNonNull(exampleIds, "Window.exampleIds is null"));
        }
    }
}
