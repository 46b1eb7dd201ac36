package io.touchpoint.rules.engine;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.rules.RuleSource;
import io.touchpoint.rules.language.RuleFileParser;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Where the lexical side of rule evaluation spends its time, phase by phase, measured with
 * plain timers around each step on one thread (no profiler): building the transcript index,
 * looking up the interaction's words, the word and position checks, and Lucene matching of the
 * queries that pass. Part of {@code RuleBenchmark}'s output; not a test.
 */
public final class PercolatorPhases {

    /** Mean microseconds per interaction of each phase, and the mean counts that explain them. */
    public record Report(double indexMicros, double vocabularyMicros, double checkMicros, double luceneMicros,
            double candidates, double withWords, double survivors, double matched) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "per interaction: transcript index %.0f us, vocabulary and key lookup %.0f us, word and position"
                            + " checks %.0f us (%.0f candidate queries, %.1f with all words, %.1f with words in place),"
                            + " spans or Lucene %.0f us (%.1f match)",
                    indexMicros, vocabularyMicros, checkMicros, candidates, withWords, survivors, luceneMicros, matched);
        }
    }

    private PercolatorPhases() {
    }

    /** Compiles the sources and times each phase over the interactions (after one untimed pass to warm up). */
    public static Report measure(List<RuleSource> sources, List<Interaction> interactions) {
        TranscriptAnalyzer analyzer = new TranscriptAnalyzer();
        Percolator percolator = new Percolator();
        RuleFileParser parser = new RuleFileParser(analyzer, percolator, () -> {
            throw new IllegalStateException("the benchmark has no semantic rules");
        });
        sources.forEach(parser::parse);
        percolator.freeze();
        run(percolator, analyzer, interactions);
        return run(percolator, analyzer, interactions);
    }

    private static Report run(Percolator percolator, TranscriptAnalyzer analyzer, List<Interaction> interactions) {
        long index = 0;
        long vocabularyTime = 0;
        long check = 0;
        long lucene = 0;
        long candidateCount = 0;
        long withWordsCount = 0;
        long survivorCount = 0;
        long matchedCount = 0;
        for (Interaction interaction : interactions) {
            long started = System.nanoTime();
            TranscriptIndex transcript = new TranscriptIndex(interaction.turns(), analyzer);
            long indexed = System.nanoTime();
            BitSet candidates = new BitSet(percolator.size());
            Vocabulary vocabulary = transcript.vocabulary(percolator, candidates);
            long lookedUp = System.nanoTime();
            index += indexed - started;
            vocabularyTime += lookedUp - indexed;
            for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
                LexicalAtom atom = percolator.atom(id);
                candidateCount++;
                long before = System.nanoTime();
                boolean words = atom.pattern() == null || atom.pattern().canMatch(vocabulary);
                if (words) {
                    withWordsCount++;
                }
                boolean passes = words && (atom.pattern() == null || atom.pattern().spans(vocabulary) != null);
                long checked = System.nanoTime();
                check += checked - before;
                if (passes) {
                    survivorCount++;
                    if (!transcript.hits(atom, vocabulary).isEmpty()) {
                        matchedCount++;
                    }
                    // hits() repeats the cheap checks; their cost is small next to Lucene's.
                    lucene += System.nanoTime() - checked;
                }
            }
        }
        double n = interactions.size();
        return new Report(index / 1e3 / n, vocabularyTime / 1e3 / n, check / 1e3 / n, lucene / 1e3 / n,
                candidateCount / n, withWordsCount / n, survivorCount / n, matchedCount / n);
    }
}
