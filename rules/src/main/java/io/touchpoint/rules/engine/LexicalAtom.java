package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import org.apache.lucene.search.Query;

/**
 * One Lucene query that the percolator runs against an interaction's transcript index, shared by
 * every rule condition with the same pattern.
 *
 * @param id position in the percolator
 * @param query the whole query on {@link TranscriptIndex#FIELD}
 * @param pattern the compiled pattern, cut down per transcript before it runs; null for queries
 *     written in Lucene's syntax, which run as they are
 * @param needsRewrite true for parsed queries with multi-term parts that expand per transcript
 * @param description the pattern as written
 */
public record LexicalAtom(int id, Query query, IntervalsPattern pattern, boolean needsRewrite, String description) {

    public LexicalAtom {
        requireNonNull(query, "query is null");
        requireNonNull(description, "description is null");
    }
}
