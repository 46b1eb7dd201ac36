package io.touchpoint.quality;

/**
 * Which review items to list; null filters mean any.
 *
 * @param status {@code open}, {@code reviewed} or null for both
 * @param limit at most this many (1..10,000), highest priority first
 */
public record QueueQuery(String status, String scorecard, String agentId, String interactionId, int limit) {

    public QueueQuery {
        if (status != null && !status.equals(ReviewItem.OPEN) && !status.equals(ReviewItem.REVIEWED)) {
            throw new IllegalArgumentException("status '" + status + "' must be open or reviewed");
        }
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1..10000");
        }
    }

    /** The open items, highest priority first. */
    public static QueueQuery open(int limit) {
        return new QueueQuery(ReviewItem.OPEN, null, null, null, limit);
    }
}
