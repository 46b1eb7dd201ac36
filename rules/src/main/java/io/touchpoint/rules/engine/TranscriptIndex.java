package io.touchpoint.rules.engine;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.model.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

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
        this.turns = turns;
        this.baseOffsets = new int[turns.size()];
        MemoryIndex index = new MemoryIndex(true, false);
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

    /** The atoms whose key terms occur in this transcript, plus the ones that cannot be filtered. */
    BitSet candidates(Percolator percolator) {
        BitSet candidates = (BitSet) percolator.unfiltered().clone();
        try {
            Terms terms = leaf.reader().terms(FIELD);
            if (terms == null) {
                return candidates;
            }
            Map<BytesRef, List<Integer>> byKey = percolator.byKey();
            java.util.Set<String> present = new java.util.HashSet<>();
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                present.add(term.utf8ToString());
                List<Integer> ids = byKey.get(term);
                if (ids != null) {
                    for (int id : ids) {
                        candidates.set(id);
                    }
                }
            }
            for (Map.Entry<String, List<Integer>> entry : percolator.byPrefix().entrySet()) {
                BytesRef prefix = new BytesRef(entry.getKey());
                if (iterator.seekCeil(prefix) != TermsEnum.SeekStatus.END
                        && StringHelper.startsWith(iterator.term(), prefix)) {
                    for (int id : entry.getValue()) {
                        candidates.set(id);
                    }
                }
            }
            // A phrase needs every one of its words: skip those with a word missing before Lucene runs them.
            for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
                for (java.util.Set<String> group : percolator.atom(id).filter().required()) {
                    if (!containsAny(present, group)) {
                        candidates.clear(id);
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory index failed", e);
        }
        return candidates;
    }

    private static boolean containsAny(java.util.Set<String> present, java.util.Set<String> group) {
        for (String term : group) {
            if (present.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** Every span of the transcript that {@code atom}'s query matches. */
    List<Hit> hits(LexicalAtom atom) {
        try {
            Query query = atom.needsRewrite() ? searcher.rewrite(atom.query()) : atom.query();
            Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            Matches matches = weight.matches(leaf, 0);
            if (matches == null) {
                return List.of();
            }
            MatchesIterator iterator = matches.getMatches(FIELD);
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
        } catch (IOException e) {
            throw new UncheckedIOException("matching against an in-memory index failed", e);
        }
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
