package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;

/**
 * A compiled lexical pattern as a tree that mirrors the Lucene intervals built from it, so that
 * it can be cut down to one interaction's vocabulary before Lucene runs it: alternatives whose
 * words the transcript lacks are dropped, and a phrase, NEAR group or sequence missing a
 * required part cannot match at all (the presearcher idea of Lucene's monitor module, carried
 * down to every alternative).
 *
 * <p>Dropping a part that has no postings in the document leaves Lucene's result unchanged
 * (a disjunct without intervals adds none; a conjunction with such a part has none), so the
 * cut-down query finds exactly the spans the full one would, while Lucene no longer expands the
 * hundreds of word combinations of a long phrase list for every interaction.
 *
 * <p>Immutable and shared by all threads; a part that loses nothing returns its full source,
 * so matching allocates only where something was cut.
 */
public sealed interface IntervalsPattern {

    /** The pattern as a Lucene intervals source, built once. */
    IntervalsSource full();

    /**
     * The source restricted to what the vocabulary contains, {@link #full()} when nothing had to
     * be dropped, or null when the pattern cannot match this transcript.
     */
    IntervalsSource restrictTo(Vocabulary vocabulary);

    /** Whether the transcript has the words for a match; cheaper than {@link #restrictTo}, allocates nothing. */
    boolean canMatch(Vocabulary vocabulary);

    /**
     * Where the pattern could match, by word positions: never fewer places than Lucene finds,
     * null when there is none, {@link PositionSpans#UNKNOWN} when there are too many
     * combinations to follow.
     */
    PositionSpans spans(Vocabulary vocabulary);

    /**
     * True when {@link #spans} are exactly the places Lucene reports once contained ones are
     * dropped: patterns of words, alternatives and phrases, whose every variant has a fixed
     * length. Gaps ({@code *}) and NEAR groups leave the choice among overlapping combinations
     * to Lucene.
     */
    boolean spansAreExact();

    static IntervalsPattern term(TermDictionary dictionary, String term) {
        return new TermPattern(dictionary.termId(term), Intervals.term(term));
    }

    /** Any term that starts with {@code prefix}, as {@code Intervals.prefix(prefix, 1024)}. */
    static IntervalsPattern prefix(TermDictionary dictionary, String prefix) {
        return new MultiTermPattern(dictionary.prefixId(prefix), Intervals.prefix(new BytesRef(prefix), 1024));
    }

    /** Any term that fits the wildcard, as {@code Intervals.wildcard(pattern, 1024)}. */
    static IntervalsPattern wildcard(TermDictionary dictionary, String pattern) {
        return new MultiTermPattern(dictionary.wildcardId(pattern), Intervals.wildcard(new BytesRef(pattern), 1024));
    }

    /** Any of the alternatives ({@code Intervals.or}); one alternative is itself. */
    static IntervalsPattern or(List<IntervalsPattern> alternatives) {
        return alternatives.size() == 1 ? alternatives.getFirst() : new Composite(Kind.OR, alternatives, 0);
    }

    /** The parts next to each other in order ({@code Intervals.phrase}); one part is itself. */
    static IntervalsPattern phrase(List<IntervalsPattern> parts) {
        return parts.size() == 1 ? parts.getFirst() : new Composite(Kind.PHRASE, parts, 0);
    }

    /** {@code Intervals.ordered} */
    static IntervalsPattern ordered(List<IntervalsPattern> parts) {
        return new Composite(Kind.ORDERED, parts, 0);
    }

    /** {@code Intervals.unordered} */
    static IntervalsPattern unordered(List<IntervalsPattern> parts) {
        return new Composite(Kind.UNORDERED, parts, 0);
    }

    /** {@code Intervals.maxgaps} */
    static IntervalsPattern maxGaps(int gaps, IntervalsPattern inner) {
        return new Composite(Kind.MAX_GAPS, List.of(inner), gaps);
    }

    /** One term of the index. */
    record TermPattern(int termId, IntervalsSource full) implements IntervalsPattern {
        public TermPattern {
            requireNonNull(full, "full is null");
        }

        @Override
        public IntervalsSource restrictTo(Vocabulary vocabulary) {
            return vocabulary.hasTerm(termId) ? full : null;
        }

        @Override
        public boolean canMatch(Vocabulary vocabulary) {
            return vocabulary.hasTerm(termId);
        }

        @Override
        public PositionSpans spans(Vocabulary vocabulary) {
            return PositionSpans.ofPositions(vocabulary.termPositions(termId));
        }

        @Override
        public boolean spansAreExact() {
            return true;
        }
    }

    /** A word beginning or wildcard: kept whole (Lucene expands it) when any term of the transcript fits. */
    record MultiTermPattern(int multiTermId, IntervalsSource full) implements IntervalsPattern {
        public MultiTermPattern {
            requireNonNull(full, "full is null");
        }

        @Override
        public IntervalsSource restrictTo(Vocabulary vocabulary) {
            return vocabulary.hasMultiTerm(multiTermId) ? full : null;
        }

        @Override
        public boolean canMatch(Vocabulary vocabulary) {
            return vocabulary.hasMultiTerm(multiTermId);
        }

        @Override
        public PositionSpans spans(Vocabulary vocabulary) {
            return PositionSpans.ofPositions(vocabulary.multiTermPositions(multiTermId));
        }

        @Override
        public boolean spansAreExact() {
            return true;
        }
    }

    enum Kind { OR, PHRASE, ORDERED, UNORDERED, MAX_GAPS }

    /** An operator over parts; {@code gaps} only for {@link Kind#MAX_GAPS}. */
    final class Composite implements IntervalsPattern {
        private final Kind kind;
        private final IntervalsPattern[] parts;
        private final int gaps;
        private final IntervalsSource full;
        /** For OR: the term ids among the alternatives (nested ORs flattened), checked in one loop. */
        private final int[] anyTermIds;
        /** For OR: the alternatives that are not plain terms. */
        private final IntervalsPattern[] otherAlternatives;
        private final boolean spansAreExact;

        Composite(Kind kind, List<IntervalsPattern> parts, int gaps) {
            this.kind = requireNonNull(kind, "kind is null");
            if (parts.isEmpty()) {
                throw new IllegalArgumentException(kind + " needs at least one part");
            }
            this.parts = parts.toArray(IntervalsPattern[]::new);
            this.gaps = gaps;
            IntervalsSource[] sources = new IntervalsSource[this.parts.length];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = this.parts[i].full();
            }
            this.full = build(sources);
            boolean exact = kind == Kind.OR || kind == Kind.PHRASE;
            for (IntervalsPattern part : this.parts) {
                exact &= part.spansAreExact();
            }
            this.spansAreExact = exact;
            if (kind == Kind.OR) {
                List<Integer> termIds = new java.util.ArrayList<>();
                List<IntervalsPattern> others = new java.util.ArrayList<>();
                flatten(this, termIds, others);
                anyTermIds = termIds.stream().mapToInt(Integer::intValue).distinct().toArray();
                otherAlternatives = others.toArray(IntervalsPattern[]::new);
            } else {
                anyTermIds = null;
                otherAlternatives = null;
            }
        }

        private static void flatten(Composite or, List<Integer> termIds, List<IntervalsPattern> others) {
            for (IntervalsPattern part : or.parts) {
                if (part instanceof TermPattern term) {
                    termIds.add(term.termId());
                } else if (part instanceof Composite inner && inner.kind == Kind.OR) {
                    flatten(inner, termIds, others);
                } else {
                    others.add(part);
                }
            }
        }

        @Override
        public IntervalsSource full() {
            return full;
        }

        @Override
        public boolean spansAreExact() {
            return spansAreExact;
        }

        private IntervalsSource build(IntervalsSource[] sources) {
            return switch (kind) {
                case OR -> sources.length == 1 ? sources[0] : Intervals.or(sources);
                case PHRASE -> sources.length == 1 ? sources[0] : Intervals.phrase(sources);
                case ORDERED -> Intervals.ordered(sources);
                case UNORDERED -> Intervals.unordered(sources);
                case MAX_GAPS -> Intervals.maxgaps(gaps, sources[0]);
            };
        }

        @Override
        public IntervalsSource restrictTo(Vocabulary vocabulary) {
            return kind == Kind.OR ? restrictAlternatives(vocabulary) : restrictConjunction(vocabulary);
        }

        @Override
        public boolean canMatch(Vocabulary vocabulary) {
            if (kind == Kind.OR) {
                for (int termId : anyTermIds) {
                    if (vocabulary.hasTerm(termId)) {
                        return true;
                    }
                }
                for (IntervalsPattern part : otherAlternatives) {
                    if (part.canMatch(vocabulary)) {
                        return true;
                    }
                }
                return false;
            }
            for (IntervalsPattern part : parts) {
                if (!part.canMatch(vocabulary)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public PositionSpans spans(Vocabulary vocabulary) {
            return switch (kind) {
                case OR -> alternativeSpans(vocabulary);
                case PHRASE -> phraseSpans(vocabulary);
                case ORDERED, UNORDERED -> combinationSpans(vocabulary, Integer.MAX_VALUE);
                case MAX_GAPS -> parts[0] instanceof Composite inner && (inner.kind == Kind.ORDERED || inner.kind == Kind.UNORDERED)
                        ? inner.combinationSpans(vocabulary, gaps)
                        : parts[0].spans(vocabulary);
            };
        }

        private PositionSpans alternativeSpans(Vocabulary vocabulary) {
            PositionSpans.Builder all = new PositionSpans.Builder();
            for (int termId : anyTermIds) {
                int[] positions = vocabulary.termPositions(termId);
                if (positions != null) {
                    for (int position : positions) {
                        all.add(position, position);
                    }
                }
            }
            for (IntervalsPattern part : otherAlternatives) {
                PositionSpans spans = part.spans(vocabulary);
                if (spans == PositionSpans.UNKNOWN) {
                    return PositionSpans.UNKNOWN;
                }
                if (spans != null) {
                    all.addAll(spans);
                }
            }
            return all.build();
        }

        /** Each part starting right after the previous one ends. */
        private PositionSpans phraseSpans(Vocabulary vocabulary) {
            PositionSpans current = parts[0].spans(vocabulary);
            for (int p = 1; p < parts.length && current != null && current != PositionSpans.UNKNOWN; p++) {
                PositionSpans next = parts[p].spans(vocabulary);
                if (next == null || next == PositionSpans.UNKNOWN) {
                    return next;
                }
                PositionSpans.Builder joined = new PositionSpans.Builder();
                for (int i = 0; i < current.size(); i++) {
                    int wanted = current.end(i) + 1;
                    for (int j = firstStartingAt(next, wanted); j < next.size() && next.start(j) == wanted; j++) {
                        joined.add(current.start(i), next.end(j));
                    }
                }
                current = joined.build();
            }
            return current;
        }

        private static int firstStartingAt(PositionSpans spans, int start) {
            int low = 0;
            int high = spans.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (spans.start(middle) < start) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /**
         * One span of every part, in order (ORDERED: each after the previous) or in any order,
         * with at most {@code maxGaps} gaps as Lucene counts them: the width of the whole less
         * the widths of the parts.
         */
        private PositionSpans combinationSpans(Vocabulary vocabulary, int maxGaps) {
            PositionSpans[] each = new PositionSpans[parts.length];
            int[] widestAfter = new int[parts.length + 1];
            for (int p = 0; p < parts.length; p++) {
                each[p] = parts[p].spans(vocabulary);
                if (each[p] == null || each[p] == PositionSpans.UNKNOWN) {
                    return each[p];
                }
            }
            for (int p = parts.length - 1; p >= 0; p--) {
                int widest = 0;
                for (int i = 0; i < each[p].size(); i++) {
                    widest = Math.max(widest, each[p].end(i) - each[p].start(i) + 1);
                }
                widestAfter[p] = widestAfter[p + 1] + widest;
            }
            boolean ordered = kind == Kind.ORDERED;
            // States: start, end, summed widths of the parts so far.
            int[] states = new int[each[0].size() * 3];
            int count = 0;
            for (int i = 0; i < each[0].size(); i++) {
                states[count * 3] = each[0].start(i);
                states[count * 3 + 1] = each[0].end(i);
                states[count * 3 + 2] = each[0].end(i) - each[0].start(i) + 1;
                count++;
            }
            for (int p = 1; p < parts.length && count > 0; p++) {
                int[] next = new int[Math.min(count * each[p].size(), PositionSpans.LIMIT) * 3];
                int nextCount = 0;
                for (int k = 0; k < count; k++) {
                    int start = states[k * 3];
                    int end = states[k * 3 + 1];
                    int widths = states[k * 3 + 2];
                    for (int i = 0; i < each[p].size(); i++) {
                        int partStart = each[p].start(i);
                        int partEnd = each[p].end(i);
                        if (ordered && partStart <= end) {
                            continue;
                        }
                        int newStart = Math.min(start, partStart);
                        int newEnd = Math.max(end, partEnd);
                        int newWidths = widths + partEnd - partStart + 1;
                        // Later parts can only take back gaps by overlapping: at most their widths.
                        long gapsNow = (long) newEnd - newStart + 1 - newWidths;
                        if (gapsNow - (ordered ? 0 : widestAfter[p + 1]) > maxGaps) {
                            continue;
                        }
                        if (nextCount * 3 == next.length) {
                            return PositionSpans.UNKNOWN;
                        }
                        next[nextCount * 3] = newStart;
                        next[nextCount * 3 + 1] = newEnd;
                        next[nextCount * 3 + 2] = newWidths;
                        nextCount++;
                    }
                }
                states = next;
                count = nextCount;
            }
            PositionSpans.Builder result = new PositionSpans.Builder();
            for (int k = 0; k < count; k++) {
                if ((long) states[k * 3 + 1] - states[k * 3] + 1 - states[k * 3 + 2] <= maxGaps) {
                    result.add(states[k * 3], states[k * 3 + 1]);
                }
            }
            return result.build();
        }

        private IntervalsSource restrictAlternatives(Vocabulary vocabulary) {
            IntervalsSource[] kept = null;
            int count = 0;
            boolean changed = false;
            for (int i = 0; i < parts.length; i++) {
                IntervalsSource source = parts[i].restrictTo(vocabulary);
                if (source != parts[i].full()) {
                    changed = true;
                }
                if (source != null) {
                    if (kept == null) {
                        kept = new IntervalsSource[parts.length - i];
                    }
                    kept[count++] = source;
                }
            }
            if (count == 0) {
                return null;
            }
            return changed ? build(Arrays.copyOf(kept, count)) : full;
        }

        private IntervalsSource restrictConjunction(Vocabulary vocabulary) {
            IntervalsSource[] restricted = null;
            for (int i = 0; i < parts.length; i++) {
                IntervalsSource source = parts[i].restrictTo(vocabulary);
                if (source == null) {
                    return null;
                }
                if (source != parts[i].full() && restricted == null) {
                    restricted = new IntervalsSource[parts.length];
                    for (int j = 0; j < i; j++) {
                        restricted[j] = parts[j].full();
                    }
                }
                if (restricted != null) {
                    restricted[i] = source;
                }
            }
            return restricted == null ? full : build(restricted);
        }
    }
}
