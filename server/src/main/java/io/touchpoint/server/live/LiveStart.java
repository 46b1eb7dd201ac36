package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import java.time.Instant;

/**
 * The opening of a live conversation: what is known before the first turn.
 *
 * @param conversationId unique; becomes the stored interaction's id when the conversation ends
 * @param channel voice or chat (any channel works)
 * @param direction inbound or outbound
 * @param queue the queue, e.g. {@code collections}: rule packs filter on it; nullable
 * @param agentId the agent on the conversation; nullable
 * @param customerId the customer, when known; nullable
 * @param startedAt when the conversation began
 */
public record LiveStart(String conversationId, Channel channel, Direction direction, String queue, String agentId,
        String customerId, Instant startedAt) {

    public LiveStart {
        requireNonNull(conversationId, "conversationId is null");
        if (conversationId.isBlank() || conversationId.length() > 256) {
            throw new IllegalArgumentException("conversationId must be 1-256 characters");
        }
        requireNonNull(channel, "channel is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(startedAt, "startedAt is null");
        queue = blankToNull(queue);
        agentId = blankToNull(agentId);
        customerId = blankToNull(customerId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
