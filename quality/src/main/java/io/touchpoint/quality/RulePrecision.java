package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * How often reviewers agree with the answers that rest on one rule (or metric, or sentiment).
 *
 * @param reference e.g. {@code compliance:recording.disclosure_missing}
 * @param reviewed answers reviewed; {@code confirmed} + {@code overturned}
 * @param fired of those, answers the rule's finding gave (a breach found, a behaviour present or missing)
 * @param firedConfirmed of those, confirmed
 */
public record RulePrecision(String reference, long reviewed, long confirmed, long overturned, long fired,
        long firedConfirmed) {

    public RulePrecision {
        requireNonNull(reference, "reference is null");
    }

    /** Confirmed share of the rule's own verdicts (it fired); empty before any was reviewed. */
    public OptionalDouble precision() {
        return fired == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) firedConfirmed / fired);
    }

    /** Confirmed share of every reviewed answer resting on it, fired or not. */
    public OptionalDouble agreement() {
        return reviewed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) confirmed / reviewed);
    }
}
