package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import java.time.Instant;

/** When an agent handled an interaction: what {@link DesktopAlignment} matches desktop events against. */
public record InteractionWindow(String interactionId, String agentId, Channel channel, Instant start, Instant end) {

    public InteractionWindow {
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(agentId, "agentId is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("InteractionWindow " + interactionId + ": end " + end
                    + " is before start " + start);
        }
    }
}
