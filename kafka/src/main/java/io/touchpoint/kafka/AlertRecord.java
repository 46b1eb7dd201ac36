package io.touchpoint.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One message of the alerts topic; the fields match the server's live alerts, so the server can
 * push a consumed alert as it pushes its own.
 *
 * @param alertId deterministic ({@code interactionId + ":" + key}): each alert at most once per conversation
 * @param kind e.g. {@code legal_mention}, {@code churn_threat}
 * @param severity medium, high or critical
 * @param agentId nullable
 * @param evidence the words behind it; may be empty
 * @param turnSentAt when the raising turn was sent, for end-to-end latency
 */
public record AlertRecord(String alertId, String kind, String severity, String interactionId, String agentId,
        int turnIndex, String message, String assist, String evidence, Instant raisedAt, Instant turnSentAt) {

    public AlertRecord {
        requireNonNull(alertId, "alertId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(message, "message is null");
        assist = assist == null ? "" : assist;
        evidence = evidence == null ? "" : evidence;
        requireNonNull(raisedAt, "raisedAt is null");
        requireNonNull(turnSentAt, "turnSentAt is null");
    }
}
