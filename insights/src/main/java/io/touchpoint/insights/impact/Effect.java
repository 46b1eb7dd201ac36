package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

/**
 * The effect of a category or event on one metric, against comparable interactions without it: within each
 * queue/channel stratum the mean with it minus the mean without it, averaged over strata weighted by the number of
 * interactions with it (the effect on the interactions that have it). A stratum enters only when both sides have
 * enough interactions ({@link QuantifySettings#minStratumSize}).
 *
 * @param metric {@code handle_time_s}, {@code repeat_rate}, {@code customer_sentiment} or {@code escalation_rate}
 * @param withMean the weighted mean with the feature over the compared strata
 * @param withoutMean the weighted mean of comparable interactions without it (same strata, same weights)
 * @param delta {@code withMean - withoutMean}
 * @param standardError of the delta (per-stratum Welch variances combined)
 * @param pValue two-sided, normal approximation of the stratified difference
 * @param comparedCount interactions with the feature in compared strata
 * @param coverage {@code comparedCount} over all interactions with the feature that have the metric
 * @param strata how many strata were compared
 */
public record Effect(String metric, double withMean, double withoutMean, double delta, double standardError,
                     double pValue, long comparedCount, double coverage, int strata) {

    public Effect {
        requireNonNull(metric, "Effect.metric is null");
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("Effect.pValue " + pValue + " of " + metric + " is outside 0..1");
        }
    }

    /** True when the effect is unlikely to be chance at level {@code alpha}. */
    public boolean significant(double alpha) {
        return pValue < alpha;
    }
}
