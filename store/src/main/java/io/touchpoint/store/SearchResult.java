package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * @param totalHits how many turns match in all (exact), of which {@code hits} are the best
 */
public record SearchResult(long totalHits, List<SearchHit> hits) {

    public SearchResult {
        if (totalHits < 0) {
            throw new IllegalArgumentException("totalHits is negative: " + totalHits);
        }
        hits = List.copyOf(requireNonNull(hits, "hits is null"));
    }
}
