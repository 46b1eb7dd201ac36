package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a store holds, in counts.
 *
 * @param byChannel interactions per channel; channels without interactions are absent
 * @param firstStartedAt the earliest interaction start, empty when there are no interactions
 * @param lastStartedAt the latest interaction start, empty when there are no interactions
 * @param findings finding rows (one per piece of evidence)
 */
public record StoreStats(
        long interactions,
        Map<Channel, Long> byChannel,
        Optional<Instant> firstStartedAt,
        Optional<Instant> lastStartedAt,
        long turns,
        long customers,
        long agents,
        long desktopEvents,
        long findings) {

    public StoreStats {
        byChannel = Map.copyOf(requireNonNull(byChannel, "byChannel is null"));
        requireNonNull(firstStartedAt, "firstStartedAt is null");
        requireNonNull(lastStartedAt, "lastStartedAt is null");
        if (interactions < 0 || turns < 0 || customers < 0 || agents < 0 || desktopEvents < 0 || findings < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
