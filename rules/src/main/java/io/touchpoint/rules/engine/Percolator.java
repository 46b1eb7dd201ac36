package io.touchpoint.rules.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The compiled lexical side of a rule set: every distinct pattern as one Lucene query, and an
 * inverted index from terms to the queries that need them, so that an interaction runs only the
 * queries whose key terms it contains (the presearcher idea of Lucene's monitor module, reduced
 * to a hash lookup because our queries are few and their keys are known at compile time).
 *
 * <p>Built once per rule set, then read-only and shared by all threads.
 */
public final class Percolator {

    private final List<LexicalAtom> atoms = new ArrayList<>();
    private final Map<String, Integer> byDescription = new HashMap<>();
    private final Map<BytesRef, List<Integer>> byKey = new HashMap<>();
    private final Map<String, List<Integer>> byPrefix = new HashMap<>();
    private final BitSet unfiltered = new BitSet();
    private boolean frozen;

    /** Registers a compiled pattern, re-using the atom of an identical earlier one. */
    public int register(LexicalSource source) {
        return register("intervals:" + source.description() + "#" + source.source(),
                new IntervalQuery(TranscriptIndex.FIELD, source.source()), source, false);
    }

    /** Registers a query written in Lucene's syntax; it cannot be pre-filtered. */
    public int registerParsed(String text, Query query) {
        return register("parsed:" + text, query,
                new LexicalSource(org.apache.lucene.queries.intervals.Intervals.term("unused"), java.util.Set.of(),
                        java.util.Set.of(), true, text), true);
    }

    private int register(String identity, Query query, LexicalSource source, boolean needsRewrite) {
        if (frozen) {
            throw new IllegalStateException("the percolator is frozen");
        }
        Integer existing = byDescription.get(identity);
        if (existing != null) {
            return existing;
        }
        int id = atoms.size();
        atoms.add(new LexicalAtom(id, query, source, needsRewrite));
        byDescription.put(identity, id);
        if (source.unfiltered()) {
            unfiltered.set(id);
        } else {
            for (String key : source.keys()) {
                byKey.computeIfAbsent(new BytesRef(key), k -> new ArrayList<>()).add(id);
            }
            for (String prefix : source.prefixKeys()) {
                byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(id);
            }
        }
        return id;
    }

    void freeze() {
        frozen = true;
    }

    public int size() {
        return atoms.size();
    }

    LexicalAtom atom(int id) {
        return atoms.get(id);
    }

    List<LexicalAtom> atoms() {
        return atoms;
    }

    Map<BytesRef, List<Integer>> byKey() {
        return byKey;
    }

    Map<String, List<Integer>> byPrefix() {
        return byPrefix;
    }

    BitSet unfiltered() {
        return unfiltered;
    }
}
