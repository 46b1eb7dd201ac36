package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

/**
 * One question of a scorecard section.
 *
 * @param id unique within the scorecard, lower-case with digits, {@code _} or {@code -}
 * @param text the question as a reviewer reads it
 * @param weight its share of the section's points (positive)
 * @param source where the automatic answer comes from
 * @param when the interactions it applies to; others answer not applicable
 * @param autoFail a "no" zeroes the whole scorecard (a compliance breach, a critical error)
 */
public record Question(String id, String text, double weight, AnswerSource source, Applicability when,
        boolean autoFail) {

    public Question {
        requireNonNull(id, "id is null");
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("question id '" + id + "' must be lower-case letters, digits, _ or -");
        }
        requireNonNull(text, "text is null");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("question " + id + ": weight " + weight + " must be a positive number");
        }
        requireNonNull(source, "source is null");
        requireNonNull(when, "when is null");
    }

    /**
     * A "no" to this question is a verdict that matters on its own, whatever the score: an
     * auto-fail question or one answered from a compliance finding.
     */
    public boolean critical() {
        return autoFail || source instanceof AnswerSource.Compliance;
    }
}
