package io.touchpoint.rules.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.Query;

/**
 * The compiled lexical side of a rule set: every distinct pattern as one Lucene query, and an
 * inverted index from terms to the queries that need them, so that an interaction runs only the
 * queries whose key terms it contains (the presearcher idea of Lucene's monitor module, reduced
 * to array lookups because our queries are few and their keys are known at compile time). The
 * queries that pass are then cut down to the interaction's words ({@link IntervalsPattern}).
 *
 * <p>Built once per rule set, then read-only and shared by all threads.
 */
public final class Percolator {

    private final TermDictionary dictionary = new TermDictionary();
    private final List<LexicalAtom> atoms = new ArrayList<>();
    private final Map<String, Integer> byDescription = new HashMap<>();
    private final Map<Integer, List<Integer>> byKey = new HashMap<>();
    private final Map<Integer, List<Integer>> byPrefix = new HashMap<>();
    private final BitSet unfiltered = new BitSet();
    private int[][] atomsByTerm;
    private int[] prefixIds;
    private int[][] atomsByPrefix;
    private boolean frozen;

    /** Numbers the terms of compiled patterns; give it to the {@link PhraseCompiler} that feeds this percolator. */
    public TermDictionary dictionary() {
        return dictionary;
    }

    /** Registers a compiled pattern, re-using the atom of an identical earlier one. */
    public int register(LexicalSource source) {
        String identity = "intervals:" + source.description() + "#" + source.source();
        Integer existing = byDescription.get(identity);
        if (existing != null) {
            return existing;
        }
        int id = add(identity, new LexicalAtom(atoms.size(), new IntervalQuery(TranscriptIndex.FIELD, source.source()),
                source.pattern(), false, source.description()));
        if (source.unfiltered()) {
            unfiltered.set(id);
        } else {
            for (String key : source.keys()) {
                byKey.computeIfAbsent(dictionary.termId(key), k -> new ArrayList<>()).add(id);
            }
            for (String prefix : source.prefixKeys()) {
                byPrefix.computeIfAbsent(dictionary.prefixId(prefix), k -> new ArrayList<>()).add(id);
            }
        }
        return id;
    }

    /** Registers a query written in Lucene's syntax; it cannot be pre-filtered. */
    public int registerParsed(String text, Query query) {
        String identity = "parsed:" + text;
        Integer existing = byDescription.get(identity);
        if (existing != null) {
            return existing;
        }
        int id = add(identity, new LexicalAtom(atoms.size(), query, null, true, text));
        unfiltered.set(id);
        return id;
    }

    private int add(String identity, LexicalAtom atom) {
        if (frozen) {
            throw new IllegalStateException("the percolator is frozen");
        }
        atoms.add(atom);
        byDescription.put(identity, atom.id());
        return atom.id();
    }

    /** Ends compilation: lays the key index out as arrays for the per-interaction lookups. */
    void freeze() {
        if (frozen) {
            return;
        }
        frozen = true;
        dictionary.freeze();
        atomsByTerm = new int[dictionary.termCount()][];
        byKey.forEach((termId, ids) -> atomsByTerm[termId] = ids.stream().mapToInt(Integer::intValue).toArray());
        prefixIds = new int[byPrefix.size()];
        atomsByPrefix = new int[byPrefix.size()][];
        int i = 0;
        for (Map.Entry<Integer, List<Integer>> entry : byPrefix.entrySet()) {
            prefixIds[i] = entry.getKey();
            atomsByPrefix[i] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            i++;
        }
    }

    public int size() {
        return atoms.size();
    }

    LexicalAtom atom(int id) {
        return atoms.get(id);
    }

    /** The atoms keyed by a term, by term id; null entries for terms that key no atom. */
    int[][] atomsByTerm() {
        return atomsByTerm;
    }

    /** Word-beginning ids that key atoms, parallel to {@link #atomsByPrefix()}. */
    int[] prefixIds() {
        return prefixIds;
    }

    int[][] atomsByPrefix() {
        return atomsByPrefix;
    }

    BitSet unfiltered() {
        return unfiltered;
    }
}
