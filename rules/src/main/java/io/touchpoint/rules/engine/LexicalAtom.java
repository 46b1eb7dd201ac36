package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import org.apache.lucene.search.Query;

/**
 * One Lucene query that the percolator runs against an interaction's transcript index, shared by
 * every rule condition with the same pattern.
 *
 * @param id position in the percolator
 * @param query the query on {@link TranscriptIndex#FIELD}
 * @param filter the keys that let the percolator skip it
 * @param needsRewrite true for parsed queries with multi-term parts that expand per transcript
 */
public record LexicalAtom(int id, Query query, LexicalSource filter, boolean needsRewrite) {

    public LexicalAtom {
        requireNonNull(query, "query is null");
        requireNonNull(filter, "filter is null");
    }
}
