package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An agent (or a supervisor for them) disputes the score of an interaction.
 *
 * @param scorecard the disputed scorecard; null when the interaction has exactly one
 * @param questions the disputed questions; empty means every question answered no
 */
public record DisputeRequest(String interactionId, String scorecard, String disputedBy, String reason,
        List<String> questions) {

    public DisputeRequest {
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(disputedBy, "disputedBy is null");
        if (disputedBy.isBlank()) {
            throw new IllegalArgumentException("say who disputes the score (--by AGENT)");
        }
        requireNonNull(reason, "reason is null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a dispute needs a reason (--reason TEXT) for the reviewer");
        }
        questions = List.copyOf(questions);
    }
}
