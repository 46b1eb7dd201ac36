package io.touchpoint.quality.scorecard;

/**
 * When a machine verdict is uncertain enough to need a person (the {@code review:} block).
 *
 * @param minConfidence answers whose confidence (match strength times speech confidence) is
 *     below this are uncertain (0..1, default 0.85)
 * @param borderline a score within this many points of the pass mark is uncertain (default 5)
 */
public record ReviewPolicy(double minConfidence, double borderline) {

    public static final ReviewPolicy DEFAULT = new ReviewPolicy(0.85, 5);

    public ReviewPolicy {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("review min-confidence " + minConfidence + " is outside 0..1");
        }
        if (!(borderline >= 0 && borderline <= 100)) {
            throw new IllegalArgumentException("review borderline " + borderline + " is outside 0..100");
        }
    }
}
