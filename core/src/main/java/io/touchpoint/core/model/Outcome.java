package io.touchpoint.core.model;

/**
 * What came of an interaction, as far as the source knows. Null components are unknown.
 *
 * @param csat a customer-satisfaction score from 1 to 5
 */
public record Outcome(Boolean resolved, Boolean transferred, Boolean sale, Integer csat) {

    public static final Outcome UNKNOWN = new Outcome(null, null, null, null);

    public Outcome {
        if (csat != null && (csat < 1 || csat > 5)) {
            throw new IllegalArgumentException("csat " + csat + " is outside 1..5");
        }
    }
}
