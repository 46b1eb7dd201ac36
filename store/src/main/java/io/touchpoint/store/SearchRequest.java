package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Speaker;
import java.time.Instant;

/**
 * A full-text search over turns.
 *
 * <p>{@code query} uses Lucene's classic query syntax on the turn text, with AND as the default
 * operator: {@code "late fee"}, {@code "late fee"~3}, {@code refund OR credit},
 * {@code charg*}, {@code speaker:customer}, {@code channel:chat}, {@code agent:A-7},
 * {@code queue:billing}, {@code interaction:c-000123}. Keyword fields match case-insensitively,
 * except the interaction id. The other components narrow the hits without affecting their score;
 * each may be null.
 *
 * <pre>{@code
 * new SearchRequest("\"late fee\"", Channel.VOICE, Speaker.CUSTOMER, null, null, null, 20)
 * }</pre>
 *
 * @param from only turns of interactions started at or after this instant (nullable)
 * @param to only turns of interactions started before this instant (nullable)
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchRequest(
        String query, Channel channel, Speaker speaker, String agentId, Instant from, Instant to, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public SearchRequest {
        requireNonNull(query, "query is null");
        if (query.isBlank()) {
            throw new IllegalArgumentException("query is blank");
        }
        if (agentId != null && agentId.isBlank()) {
            agentId = null;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1.." + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " is not before to " + to);
        }
    }

    /** A search with no filters. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, null, limit);
    }
}
