package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.queries.intervals.IntervalsSource;

/**
 * A compiled lexical pattern: the intervals that match it, plus what the percolator needs to
 * skip it cheaply, the terms (or term prefixes) of which a matching transcript must contain at
 * least one. The pattern tree then cuts the query down to the transcript's words (see
 * {@link IntervalsPattern}).
 *
 * @param pattern the intervals on the transcript field, as a tree that can be restricted
 * @param keys terms of which any match contains at least one
 * @param prefixKeys term prefixes of which any match contains at least one term
 * @param unfiltered true when no key can be given, so the pattern is tried on every transcript
 * @param description the pattern as written, for debugging and de-duplication
 */
public record LexicalSource(
        IntervalsPattern pattern, Set<String> keys, Set<String> prefixKeys, boolean unfiltered, String description) {

    public LexicalSource {
        requireNonNull(pattern, "pattern is null");
        keys = Set.copyOf(keys);
        prefixKeys = Set.copyOf(prefixKeys);
        requireNonNull(description, "description is null");
        if (!unfiltered && keys.isEmpty() && prefixKeys.isEmpty()) {
            throw new IllegalArgumentException("lexical source '" + description + "' has no keys and is not unfiltered");
        }
    }

    /** The whole pattern as one Lucene intervals source. */
    public IntervalsSource source() {
        return pattern.full();
    }

    int keyCount() {
        return unfiltered ? Integer.MAX_VALUE : keys.size() + prefixKeys.size();
    }

    /** Any of the alternatives: a match of any one. */
    public static LexicalSource anyOf(List<LexicalSource> alternatives, String description) {
        if (alternatives.size() == 1) {
            LexicalSource only = alternatives.getFirst();
            return new LexicalSource(only.pattern, only.keys, only.prefixKeys, only.unfiltered, description);
        }
        Set<String> keys = new HashSet<>();
        Set<String> prefixKeys = new HashSet<>();
        boolean unfiltered = false;
        for (LexicalSource alternative : alternatives) {
            keys.addAll(alternative.keys);
            prefixKeys.addAll(alternative.prefixKeys);
            unfiltered |= alternative.unfiltered;
        }
        IntervalsPattern pattern = IntervalsPattern.or(alternatives.stream().map(LexicalSource::pattern).toList());
        return unfiltered
                ? new LexicalSource(pattern, Set.of(), Set.of(), true, description)
                : new LexicalSource(pattern, keys, prefixKeys, false, description);
    }

    /**
     * All operands within {@code maxGaps} words of each other in one turn; since every operand
     * must be present, the keys of the most selective one suffice.
     */
    public static LexicalSource near(List<LexicalSource> operands, int maxGaps, boolean ordered, String description) {
        List<IntervalsPattern> parts = operands.stream().map(LexicalSource::pattern).toList();
        IntervalsPattern combined = ordered ? IntervalsPattern.ordered(parts) : IntervalsPattern.unordered(parts);
        IntervalsPattern pattern = IntervalsPattern.maxGaps(maxGaps, combined);
        LexicalSource best = operands.stream().min(Comparator.comparingInt(LexicalSource::keyCount)).orElseThrow();
        return new LexicalSource(pattern, best.keys, best.prefixKeys, best.unfiltered, description);
    }
}
