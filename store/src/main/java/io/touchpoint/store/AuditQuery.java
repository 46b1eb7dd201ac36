package io.touchpoint.store;

import java.time.Instant;

/**
 * Which audit entries to read: every filter is optional (null means any); newest first.
 *
 * @param actor exactly this actor
 * @param actionPrefix actions starting with this, e.g. {@code pii.} or {@code review.overturn}
 * @param target exactly this target
 * @param from entries at or after this instant
 * @param to entries before this instant
 * @param limit at most this many entries (1..10,000)
 */
public record AuditQuery(String actor, String actionPrefix, String target, Instant from, Instant to, int limit) {

    public AuditQuery {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("audit query limit must be 1..10000, was " + limit);
        }
    }

    /** The newest {@code limit} entries, unfiltered. */
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }

    public AuditQuery byActor(String value) {
        return new AuditQuery(value, actionPrefix, target, from, to, limit);
    }

    public AuditQuery withActionPrefix(String value) {
        return new AuditQuery(actor, value, target, from, to, limit);
    }

    public AuditQuery onTarget(String value) {
        return new AuditQuery(actor, actionPrefix, value, from, to, limit);
    }

    public AuditQuery between(Instant fromInclusive, Instant toExclusive) {
        return new AuditQuery(actor, actionPrefix, target, fromInclusive, toExclusive, limit);
    }
}
