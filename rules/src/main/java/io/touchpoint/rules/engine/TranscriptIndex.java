package io.touchpoint.rules.engine;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.model.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * One interaction's transcript in a Lucene {@link MemoryIndex}: every turn is a value of one
 * field, separated by a position gap so that no phrase spans two turns. Runs the percolator's
 * queries and turns Lucene's match offsets back into turn-relative evidence.
 */
final class TranscriptIndex {

    static final String FIELD = "text";

    /** MemoryIndex puts one offset between values of a field (the analyzer's default offset gap). */
    private static final int OFFSET_GAP = 1;

    private final List<Turn> turns;
    private final int[] baseOffsets;
    private final IndexSearcher searcher;
    private final LeafReaderContext leaf;

    TranscriptIndex(List<Turn> turns, TranscriptAnalyzer analyzer) {
        this(turns, analyzer, new MemoryIndex(true, false));
    }

    /**
     * @param index an index to fill, emptied first; one per thread can be re-used for every
     *     interaction (its buffers are recycled), since an evaluation is done before the next starts
     */
    TranscriptIndex(List<Turn> turns, TranscriptAnalyzer analyzer, MemoryIndex index) {
        this.turns = turns;
        this.baseOffsets = new int[turns.size()];
        index.reset();
        int offset = 0;
        for (int i = 0; i < turns.size(); i++) {
            String text = turns.get(i).text();
            baseOffsets[i] = offset;
            index.addField(FIELD, TranscriptAnalyzer.protectPlaceholders(text), analyzer);
            offset += text.length() + OFFSET_GAP;
        }
        searcher = index.createSearcher();
        searcher.setQueryCache(null);
        leaf = searcher.getIndexReader().leaves().getFirst();
    }

    /**
     * The transcript's words as dictionary ids, and the atoms keyed by one of them (plus those
     * that cannot be filtered): the only ones worth cutting down and running.
     */
    Vocabulary vocabulary(Percolator percolator, BitSet candidates) {
        candidates.or(percolator.unfiltered());
        TermDictionary dictionary = percolator.dictionary();
        try {
            Terms terms = leaf.reader().terms(FIELD);
            Vocabulary vocabulary = new Vocabulary(dictionary, terms);
            if (terms == null) {
                return vocabulary;
            }
            int[][] atomsByTerm = percolator.atomsByTerm();
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                int termId = dictionary.lookup(term);
                if (termId < 0) {
                    continue;
                }
                vocabulary.add(termId, iterator);
                int[] ids = atomsByTerm[termId];
                if (ids != null) {
                    for (int id : ids) {
                        candidates.set(id);
                    }
                }
            }
            int[] prefixIds = percolator.prefixIds();
            for (int i = 0; i < prefixIds.length; i++) {
                if (vocabulary.hasMultiTerm(prefixIds[i])) {
                    for (int id : percolator.atomsByPrefix()[i]) {
                        candidates.set(id);
                    }
                }
            }
            return vocabulary;
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory index failed", e);
        }
    }

    /**
     * Every span of the transcript that {@code atom}'s query matches. A compiled pattern is
     * first checked against the transcript's words and their positions, then run cut down to
     * those words; the result is what {@link #hitsOfWholeQuery} gives, only cheaper.
     */
    List<Hit> hits(LexicalAtom atom, Vocabulary vocabulary) {
        IntervalsPattern pattern = atom.pattern();
        if (pattern == null) {
            return hitsOfWholeQuery(atom);
        }
        if (!pattern.canMatch(vocabulary)) {
            return List.of();
        }
        PositionSpans spans = pattern.spans(vocabulary);
        if (spans == null) {
            return List.of();
        }
        if (spans != PositionSpans.UNKNOWN && pattern.spansAreExact()) {
            // The positions already say what Lucene would: no need to build and run the query.
            PositionSpans reported = spans.minimal();
            List<Hit> hits = new ArrayList<>(reported.size());
            for (int i = 0; i < reported.size(); i++) {
                hits.add(toHit(vocabulary.startOffset(reported.start(i)), vocabulary.endOffset(reported.end(i))));
            }
            return Match.distinctSorted(hits);
        }
        IntervalsSource source = pattern.restrictTo(vocabulary);
        try {
            // What IntervalQuery's weight does for matches, without building a weight per query.
            return source == null ? List.of() : hits(source.matches(FIELD, leaf, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("matching against an in-memory index failed", e);
        }
    }

    /** The spans of the atom's whole Lucene query, without any shortcut: the reference for {@link #hits}. */
    List<Hit> hitsOfWholeQuery(LexicalAtom atom) {
        try {
            Query query = atom.needsRewrite() ? searcher.rewrite(atom.query()) : atom.query();
            Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            Matches matches = weight.matches(leaf, 0);
            return hits(matches == null ? null : matches.getMatches(FIELD));
        } catch (IOException e) {
            throw new UncheckedIOException("matching against an in-memory index failed", e);
        }
    }

    private List<Hit> hits(MatchesIterator iterator) throws IOException {
        if (iterator == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        while (iterator.next()) {
            int start = iterator.startOffset();
            int end = iterator.endOffset();
            if (start < 0) {
                continue;
            }
            hits.add(toHit(start, end));
        }
        return Match.distinctSorted(hits);
    }

    private Hit toHit(int globalStart, int globalEnd) {
        int search = Arrays.binarySearch(baseOffsets, globalStart);
        int turnIndex = search >= 0 ? search : -search - 2;
        Turn turn = turns.get(turnIndex);
        int length = turn.text().length();
        int start = Math.min(length, globalStart - baseOffsets[turnIndex]);
        int end = Math.min(length, Math.max(start, globalEnd - baseOffsets[turnIndex]));
        Evidence span = Evidence.ofSpan(turnIndex, turn, start, end);
        return new Hit(turnIndex, start, end, span.startMs(), span.endMs(), 1.0);
    }
}
