package io.touchpoint.rules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The words of one interaction's transcript that the rule set's patterns use, by dictionary id,
 * with their positions: what lets a pattern be checked (and cut down) before Lucene runs it.
 * Word beginnings and wildcards are looked up in the index on first use.
 *
 * <p>Belongs to one evaluation on one thread.
 */
final class Vocabulary {

    private static final int[] ABSENT = new int[0];

    private final TermDictionary dictionary;
    private final Terms terms;
    private final int[][] termPositions;
    private final int[][] multiTermPositions;
    private PostingsEnum postings;
    /** Character offsets of the word at each position read so far (positions of pattern words only). */
    private int[] startOffsets = new int[1024];
    private int[] endOffsets = new int[1024];

    /** @param terms the transcript's terms, or null for an empty transcript */
    Vocabulary(TermDictionary dictionary, Terms terms) {
        this.dictionary = dictionary;
        this.terms = terms;
        this.termPositions = new int[dictionary.termCount()][];
        this.multiTermPositions = new int[dictionary.multiTermCount()][];
    }

    /** Records a dictionary term where {@code iterator} stands. */
    void add(int termId, TermsEnum iterator) throws IOException {
        termPositions[termId] = positions(iterator);
    }

    boolean hasTerm(int termId) {
        return termPositions[termId] != null;
    }

    /** Positions of a term, or null when the transcript lacks it. */
    int[] termPositions(int termId) {
        return termPositions[termId];
    }

    /** Whether any term of the transcript starts so (prefix) or fits the wildcard. */
    boolean hasMultiTerm(int multiTermId) {
        return multiTermPositions(multiTermId) != null;
    }

    /** Positions of every term the word beginning or wildcard stands for, or null when there is none. */
    int[] multiTermPositions(int multiTermId) {
        int[] positions = multiTermPositions[multiTermId];
        if (positions == null) {
            positions = lookUp(dictionary.multiTerm(multiTermId));
            multiTermPositions[multiTermId] = positions;
        }
        return positions == ABSENT ? null : positions;
    }

    private int[] lookUp(TermDictionary.MultiTerm multiTerm) {
        if (terms == null) {
            return ABSENT;
        }
        try {
            int[] all = ABSENT;
            if (multiTerm.prefix()) {
                TermsEnum iterator = terms.iterator();
                if (iterator.seekCeil(multiTerm.prefixBytes()) == TermsEnum.SeekStatus.END) {
                    return ABSENT;
                }
                for (BytesRef term = iterator.term(); term != null && StringHelper.startsWith(term, multiTerm.prefixBytes());
                        term = iterator.next()) {
                    all = union(all, positions(iterator));
                }
                return all;
            }
            TermsEnum matching = multiTerm.automaton().getTermsEnum(terms);
            while (matching.next() != null) {
                all = union(all, positions(matching));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory index failed", e);
        }
    }

    private int[] positions(TermsEnum iterator) throws IOException {
        postings = iterator.postings(postings, PostingsEnum.OFFSETS);
        postings.nextDoc();
        int[] positions = new int[postings.freq()];
        for (int i = 0; i < positions.length; i++) {
            int position = postings.nextPosition();
            positions[i] = position;
            if (position >= startOffsets.length) {
                int size = Math.max(position + 1, startOffsets.length * 2);
                startOffsets = Arrays.copyOf(startOffsets, size);
                endOffsets = Arrays.copyOf(endOffsets, size);
            }
            startOffsets[position] = postings.startOffset();
            endOffsets[position] = postings.endOffset();
        }
        return positions;
    }

    /** Where in the transcript the word at {@code position} starts; only for positions of pattern words. */
    int startOffset(int position) {
        return startOffsets[position];
    }

    /** Where in the transcript the word at {@code position} ends. */
    int endOffset(int position) {
        return endOffsets[position];
    }

    private static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        Arrays.sort(both);
        return both;
    }
}
