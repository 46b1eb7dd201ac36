package io.touchpoint.rules.engine;

import java.util.Arrays;

/**
 * Position intervals [start, end] of a transcript where a pattern part could match: the
 * positional check that {@link IntervalsPattern#spans} runs before Lucene. It never misses an
 * interval Lucene would return (it keeps every combination, where Lucene keeps the minimal
 * ones), so "no spans" proves that Lucene finds nothing, and Lucene only runs for patterns
 * whose words stand in the right order and distance.
 *
 * <p>Kept small on purpose: a part with more than {@link #LIMIT} combinations gives up
 * ({@link #UNKNOWN}) and lets Lucene decide.
 */
final class PositionSpans {

    /** Combinations considered before giving up. */
    static final int LIMIT = 512;

    /** Too many combinations to follow: the part may match anywhere. */
    static final PositionSpans UNKNOWN = new PositionSpans(new long[0], 0);

    private final long[] spans;
    private final int size;

    private PositionSpans(long[] spans, int size) {
        this.spans = spans;
        this.size = size;
    }

    /** One single-word span per position; null when there are none. */
    static PositionSpans ofPositions(int[] positions) {
        if (positions == null || positions.length == 0) {
            return null;
        }
        long[] spans = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            spans[i] = pack(positions[i], positions[i]);
        }
        return new PositionSpans(spans, spans.length);
    }

    int size() {
        return size;
    }

    int start(int i) {
        return (int) (spans[i] >>> 32);
    }

    int end(int i) {
        return (int) spans[i];
    }

    /**
     * The spans Lucene's disjunction reports: in order of end (narrower first), each span unless
     * it contains the one reported just before it (Lucene keeps minimal intervals).
     */
    PositionSpans minimal() {
        if (size <= 1) {
            return this;
        }
        long[] byEnd = new long[size];
        for (int i = 0; i < size; i++) {
            // end ascending, then start descending
            byEnd[i] = ((long) end(i) << 32) | (0xffffffffL - start(i));
        }
        Arrays.sort(byEnd);
        long[] kept = new long[size];
        int count = 0;
        int currentStart = -1;
        int currentEnd = -1;
        for (long packed : byEnd) {
            int end = (int) (packed >>> 32);
            int start = (int) (0xffffffffL - (packed & 0xffffffffL));
            boolean containsCurrent = count > 0 && currentStart >= start && currentStart <= end
                    && currentEnd >= start && currentEnd <= end;
            if (containsCurrent) {
                continue;
            }
            kept[count++] = pack(start, end);
            currentStart = start;
            currentEnd = end;
        }
        Arrays.sort(kept, 0, count);
        return new PositionSpans(kept, count);
    }

    static long pack(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    /** Collects spans, dropping duplicates; gives {@link #UNKNOWN} past the limit. */
    static final class Builder {
        private long[] spans = new long[8];
        private int size;
        private boolean overflow;

        void add(int start, int end) {
            if (overflow) {
                return;
            }
            if (size == LIMIT) {
                overflow = true;
                return;
            }
            if (size == spans.length) {
                spans = Arrays.copyOf(spans, size * 2);
            }
            spans[size++] = pack(start, end);
        }

        void addAll(PositionSpans other) {
            for (int i = 0; i < other.size; i++) {
                add(other.start(i), other.end(i));
            }
        }

        void overflow() {
            overflow = true;
        }

        boolean overflowed() {
            return overflow;
        }

        /** The spans, sorted and distinct; null when there are none. */
        PositionSpans build() {
            if (overflow) {
                return UNKNOWN;
            }
            if (size == 0) {
                return null;
            }
            Arrays.sort(spans, 0, size);
            int distinct = 1;
            for (int i = 1; i < size; i++) {
                if (spans[i] != spans[distinct - 1]) {
                    spans[distinct++] = spans[i];
                }
            }
            return new PositionSpans(spans, distinct);
        }
    }
}
