package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Speaker;
import java.time.Instant;

/**
 * One matching turn.
 *
 * @param agentId nullable
 * @param queue nullable
 * @param snippet the best passage of the turn text with each match wrapped in {@code <mark>} and
 *     {@code </mark>}; the text is not HTML-escaped, so a web page must escape it around the marks
 */
public record SearchHit(
        String interactionId,
        int turnIndex,
        Speaker speaker,
        Channel channel,
        Instant startedAt,
        String agentId,
        String queue,
        String snippet,
        float score) {

    public SearchHit {
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(speaker, "speaker is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(snippet, "snippet is null");
        if (turnIndex < 0) {
            throw new IllegalArgumentException("turnIndex is negative: " + turnIndex);
        }
    }
}
