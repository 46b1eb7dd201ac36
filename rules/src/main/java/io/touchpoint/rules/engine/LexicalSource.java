package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;

/**
 * A compiled lexical pattern: the Lucene intervals that match it, plus what the percolator needs
 * to skip it cheaply, the terms (or term prefixes) of which a matching transcript must contain
 * at least one.
 *
 * @param source the intervals on the transcript field
 * @param keys terms of which any match contains at least one
 * @param prefixKeys term prefixes of which any match contains at least one term
 * @param unfiltered true when no key can be given, so the pattern is tried on every transcript
 * @param description the pattern as written, for debugging and de-duplication
 * @param required groups of terms of which a match contains at least one each (a phrase needs
 *     all its words), checked before the query runs; empty when unknown
 */
public record LexicalSource(
        IntervalsSource source, Set<String> keys, Set<String> prefixKeys, boolean unfiltered, String description,
        List<Set<String>> required) {

    public LexicalSource {
        requireNonNull(source, "source is null");
        keys = Set.copyOf(keys);
        prefixKeys = Set.copyOf(prefixKeys);
        requireNonNull(description, "description is null");
        required = required.stream().map(Set::copyOf).toList();
        if (!unfiltered && keys.isEmpty() && prefixKeys.isEmpty()) {
            throw new IllegalArgumentException("lexical source '" + description + "' has no keys and is not unfiltered");
        }
    }

    public LexicalSource(IntervalsSource source, Set<String> keys, Set<String> prefixKeys, boolean unfiltered,
            String description) {
        this(source, keys, prefixKeys, unfiltered, description, List.of());
    }

    int keyCount() {
        return unfiltered ? Integer.MAX_VALUE : keys.size() + prefixKeys.size();
    }

    /** Any of the alternatives: a match of any one. */
    public static LexicalSource anyOf(List<LexicalSource> alternatives, String description) {
        if (alternatives.size() == 1) {
            LexicalSource only = alternatives.getFirst();
            return new LexicalSource(only.source, only.keys, only.prefixKeys, only.unfiltered, description, only.required);
        }
        Set<String> keys = new HashSet<>();
        Set<String> prefixKeys = new HashSet<>();
        boolean unfiltered = false;
        for (LexicalSource alternative : alternatives) {
            keys.addAll(alternative.keys);
            prefixKeys.addAll(alternative.prefixKeys);
            unfiltered |= alternative.unfiltered;
        }
        IntervalsSource source = Intervals.or(alternatives.stream().map(LexicalSource::source).toArray(IntervalsSource[]::new));
        return unfiltered
                ? new LexicalSource(source, Set.of(), Set.of(), true, description)
                : new LexicalSource(source, keys, prefixKeys, false, description);
    }

    /**
     * All operands within {@code maxGaps} words of each other in one turn; since every operand
     * must be present, the keys of the most selective one suffice.
     */
    public static LexicalSource near(List<LexicalSource> operands, int maxGaps, boolean ordered, String description) {
        IntervalsSource[] sources = operands.stream().map(LexicalSource::source).toArray(IntervalsSource[]::new);
        IntervalsSource combined = ordered ? Intervals.ordered(sources) : Intervals.unordered(sources);
        IntervalsSource source = Intervals.maxgaps(maxGaps, combined);
        LexicalSource best = operands.stream().min(Comparator.comparingInt(LexicalSource::keyCount)).orElseThrow();
        List<Set<String>> required = new java.util.ArrayList<>();
        operands.forEach(operand -> required.addAll(operand.required));
        return new LexicalSource(source, best.keys, best.prefixKeys, best.unfiltered, description, required);
    }
}
