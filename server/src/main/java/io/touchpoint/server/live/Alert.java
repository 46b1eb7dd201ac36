package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A live alert, as pushed to supervisors (SSE), webhooks and the agent's own stream.
 *
 * @param id unique
 * @param kind what it is about ({@link AlertKind#wireName()})
 * @param severity medium, high or critical
 * @param conversationId the live conversation
 * @param agentId the agent on it; nullable
 * @param team the agent's team; nullable
 * @param turnIndex the turn that raised it
 * @param message for the supervisor
 * @param assist the prompt shown to the agent: what to do now
 * @param evidence the words behind it (redacted text); may be empty
 * @param raisedAt when it was raised
 * @param turnReceivedNanos {@link System#nanoTime()} when the raising turn arrived, for the latency
 *     metric; not part of the JSON
 */
public record Alert(String id, String kind, String severity, String conversationId, String agentId, String team,
        int turnIndex, String message, String assist, String evidence, Instant raisedAt,
        @com.fasterxml.jackson.annotation.JsonIgnore long turnReceivedNanos) {

    public Alert {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(message, "message is null");
        requireNonNull(assist, "assist is null");
        evidence = evidence == null ? "" : evidence;
        requireNonNull(raisedAt, "raisedAt is null");
    }
}
