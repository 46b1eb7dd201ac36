package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The stratified difference of means behind every {@link Effect}: per stratum (queue and channel) the mean of the
 * interactions with a feature minus the mean of those without it, averaged with weights equal to the number with it.
 * Comparing within strata keeps a category that lives in a slow queue from looking slow only because of its queue.
 * The variance of the weighted difference is the weighted sum of per-stratum Welch variances
 * ({@code s1^2/n1 + s0^2/n0}); the p-value is two-sided from the normal distribution.
 */
public final class StratifiedComparison {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private StratifiedComparison() {
    }

    /**
     * @param with per stratum, the metric's moments over interactions with the feature
     * @param all per stratum, the metric's moments over all interactions (with and without)
     * @return empty when no stratum has {@code minStratumSize} interactions on both sides
     */
    public static Optional<Effect> compare(String metric, Map<String, Moments> with, Map<String, Moments> all,
                                           int minStratumSize) {
        requireNonNull(metric, "metric is null");
        double weightSum = 0;
        double withSum = 0;
        double withoutSum = 0;
        double varianceSum = 0;
        long total = 0;
        int strata = 0;
        for (Map.Entry<String, Moments> entry : with.entrySet()) {
            Moments treated = entry.getValue();
            total += treated.n();
            Moments everyone = all.getOrDefault(entry.getKey(), Moments.EMPTY);
            Moments control = everyone.minus(treated);
            if (treated.n() < minStratumSize || control.n() < minStratumSize) {
                continue;
            }
            double weight = treated.n();
            weightSum += weight;
            withSum += weight * treated.mean();
            withoutSum += weight * control.mean();
            varianceSum += weight * weight * (treated.variance() / treated.n() + control.variance() / control.n());
            strata++;
        }
        if (strata == 0) {
            return Optional.empty();
        }
        double withMean = withSum / weightSum;
        double withoutMean = withoutSum / weightSum;
        double delta = withMean - withoutMean;
        double standardError = Math.sqrt(varianceSum) / weightSum;
        double pValue;
        if (standardError == 0) {
            pValue = Math.abs(delta) < 1e-12 ? 1.0 : 0.0;
        } else {
            pValue = Math.min(1.0, 2 * NORMAL.cumulativeProbability(-Math.abs(delta / standardError)));
        }
        return Optional.of(new Effect(metric, withMean, withoutMean, delta, standardError, pValue, (long) weightSum,
                total == 0 ? 0 : weightSum / total, strata));
    }
}
