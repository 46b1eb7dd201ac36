package io.touchpoint.kafka;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import java.time.Instant;

/**
 * One message of the events topic (schema in docs/scale.md, {@code schemaVersion} 1), keyed by
 * interaction id so that every event of one conversation lands on one partition, in order.
 *
 * <ul>
 *   <li>{@link InteractionEvent}: a whole interaction in the canonical format (batch-style feeds);</li>
 *   <li>{@link ConversationStart}, {@link TurnEvent}, {@link ConversationEnd}: a live conversation,
 *       turn by turn.</li>
 * </ul>
 */
public sealed interface LiveEvent {

    String interactionId();

    /** When the producer sent it; the end-to-end latency of live analysis is measured from here. */
    Instant sentAt();

    /** A complete interaction, as in canonical NDJSON. */
    record InteractionEvent(Interaction interaction, Instant sentAt) implements LiveEvent {
        public InteractionEvent {
            requireNonNull(interaction, "interaction is null");
            requireNonNull(sentAt, "sentAt is null");
        }

        @Override
        public String interactionId() {
            return interaction.id();
        }
    }

    /**
     * The opening of a live conversation: what is known before the first turn.
     *
     * @param queue nullable
     * @param agentId nullable
     * @param customerId nullable
     */
    record ConversationStart(String interactionId, Channel channel, Direction direction, String queue, String agentId,
            String customerId, Instant startedAt, Instant sentAt) implements LiveEvent {
        public ConversationStart {
            requireId(interactionId);
            requireNonNull(channel, "channel is null");
            requireNonNull(direction, "direction is null");
            requireNonNull(startedAt, "startedAt is null");
            requireNonNull(sentAt, "sentAt is null");
            queue = blankToNull(queue);
            agentId = blankToNull(agentId);
            customerId = blankToNull(customerId);
        }
    }

    /**
     * One turn of a live conversation.
     *
     * @param turnIndex the turn's position, from 0: a re-sent turn (same index) replaces nothing and is ignored
     */
    record TurnEvent(String interactionId, int turnIndex, Turn turn, Instant sentAt) implements LiveEvent {
        public TurnEvent {
            requireId(interactionId);
            if (turnIndex < 0) {
                throw new IllegalArgumentException("turnIndex is negative: " + turnIndex);
            }
            requireNonNull(turn, "turn is null");
            requireNonNull(sentAt, "sentAt is null");
        }
    }

    /** The conversation is over: whole-interaction findings are made now. */
    record ConversationEnd(String interactionId, Instant sentAt) implements LiveEvent {
        public ConversationEnd {
            requireId(interactionId);
            requireNonNull(sentAt, "sentAt is null");
        }
    }

    private static void requireId(String interactionId) {
        requireNonNull(interactionId, "interactionId is null");
        if (interactionId.isBlank() || interactionId.length() > Interaction.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("interactionId must be 1-" + Interaction.MAX_ID_LENGTH + " characters");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
