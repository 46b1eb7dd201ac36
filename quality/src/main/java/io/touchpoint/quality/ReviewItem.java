package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One piece of review work in the queue.
 *
 * @param source {@code verdict} (an uncertain verdict that matters), {@code dispute} or {@code sample}
 * @param trigger what put it there: {@code auto_fail}, {@code compliance}, {@code low_score},
 *     {@code dispute}, {@code risk}, {@code coverage} or {@code random}
 * @param status {@code open} or {@code reviewed}
 * @param autoScore the machine's score when the item was made (0..100)
 * @param note the dispute's reason or the sample's criteria; may be empty
 * @param agentId the interaction's agent, or null
 * @param flagged the answers to confirm or overturn
 * @param closedAt when the last flagged answer was given, or null while open
 */
public record ReviewItem(long id, String interactionId, String scorecard, String source, String trigger,
        double priority, String status, double autoScore, String note, String requestedBy, Instant createdAt,
        Instant closedAt, String closedBy, String agentId, String channel, List<ReviewTriage.FlaggedAnswer> flagged) {

    public static final String OPEN = "open";
    public static final String REVIEWED = "reviewed";

    public ReviewItem {
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(scorecard, "scorecard is null");
        requireNonNull(source, "source is null");
        requireNonNull(trigger, "trigger is null");
        requireNonNull(status, "status is null");
        note = note == null ? "" : note;
        requireNonNull(requestedBy, "requestedBy is null");
        requireNonNull(createdAt, "createdAt is null");
        flagged = List.copyOf(flagged);
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    public Optional<Instant> closed() {
        return Optional.ofNullable(closedAt);
    }
}
