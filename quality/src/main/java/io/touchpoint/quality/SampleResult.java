package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A sample picked for review.
 *
 * @param candidates scored interactions that could be picked (not already in the queue)
 * @param picked what was picked, risk first
 */
public record SampleResult(long sampleId, int candidates, List<Sampled> picked) {

    /**
     * One sampled interaction.
     *
     * @param criterion {@code risk}, {@code coverage} or {@code random}
     * @param risk the risk points (see docs/quality.md); 0 for none
     * @param reasons what makes it risky, e.g. {@code compliance breach}
     * @param itemId the review item made for it
     */
    public record Sampled(String interactionId, String scorecard, String agentId, String criterion, double risk,
            List<String> reasons, long itemId) {
        public Sampled {
            requireNonNull(interactionId, "interactionId is null");
            requireNonNull(scorecard, "scorecard is null");
            requireNonNull(criterion, "criterion is null");
            reasons = List.copyOf(reasons);
        }
    }

    public SampleResult {
        picked = List.copyOf(picked);
    }

    public long count(String criterion) {
        return picked.stream().filter(sampled -> sampled.criterion().equals(criterion)).count();
    }
}
