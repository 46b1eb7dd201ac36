package io.touchpoint.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One result of one analyzer, with the evidence behind it.
 *
 * @param analyzer the analyzer that produced it, e.g. {@code sentiment}
 * @param type what kind of result it is, e.g. {@code sentiment.turn}, {@code category}, {@code metric}
 * @param name what it is about, e.g. {@code Billing/Late fee} or {@code handle_time_s}
 * @param label a categorical value, e.g. {@code negative}; empty when the finding is numeric only
 * @param score a numeric value (a metric, a sentiment score, a similarity); 0 when not numeric
 * @param confidence how sure the analyzer is, in [0, 1]
 * @param evidence where the finding comes from; never empty
 */
public record Finding(
        String analyzer,
        String type,
        String name,
        String label,
        double score,
        double confidence,
        List<Evidence> evidence) {

    public Finding {
        requireNonNull(analyzer, "analyzer is null");
        requireNonNull(type, "type is null");
        requireNonNull(name, "name is null");
        label = label == null ? "" : label;
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score is not finite: " + score);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
        evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("finding " + type + "/" + name + " has no evidence");
        }
    }

    /** A numeric measurement of the whole interaction. */
    public static Finding metric(String analyzer, String name, double value) {
        return new Finding(analyzer, "metric", name, "", value, 1.0, List.of(Evidence.WHOLE_INTERACTION));
    }
}
