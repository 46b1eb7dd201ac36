package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One line of the append-only audit log: {@code actor} did {@code action} to {@code target}.
 *
 * @param seq the entry's position, from 1, with no gaps
 * @param at when it was recorded (UTC, microsecond precision)
 * @param actor who: a user name, an API token's owner, or {@code system:<job>}
 * @param action what, as a dotted verb such as {@code interaction.read}, {@code pii.unmask},
 *     {@code review.overturn}
 * @param target what it was done to, such as {@code interaction:chat-123} or {@code user:ana}
 * @param detail free text or JSON with the particulars; may be empty, never null
 * @param hash the SHA-256 (hex) of this entry chained to the previous entry's hash
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String target, String detail,
        String hash) {

    public AuditEntry {
        requireNonNull(at, "at is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(action, "action is null");
        requireNonNull(target, "target is null");
        requireNonNull(detail, "detail is null");
        requireNonNull(hash, "hash is null");
        if (seq < 1) {
            throw new IllegalArgumentException("audit entry seq must be at least 1, was " + seq);
        }
    }
}
