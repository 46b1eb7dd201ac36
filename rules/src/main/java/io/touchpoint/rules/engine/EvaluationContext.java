package io.touchpoint.rules.engine;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.rules.phonetic.PronunciationDictionary;
import io.touchpoint.rules.phonetic.SpokenWords;
import io.touchpoint.rules.semantic.SentenceEmbedder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything rule conditions need about one interaction, computed lazily and at most once: the
 * Lucene transcript index and the percolated query hits, turn ordinals per speaker, sentence
 * embeddings, and the results of rules already evaluated (for rule references).
 *
 * <p>Belongs to one evaluation on one thread; not thread-safe.
 */
public final class EvaluationContext {

    private final AnalyzedInteraction input;
    private final List<Turn> turns;
    private final RuleEngine engine;
    private final long conversationEndMs;
    private final int[] ordinal;
    private final int[] reverseOrdinal;
    private final int[] speakerOrdinal;
    private final int[] speakerReverseOrdinal;
    private final Match[] ruleMatches;
    private TranscriptIndex index;
    private BitSet candidates;
    private Vocabulary vocabulary;
    private List<Hit>[] atomHits;
    private Map<Long, float[]> embeddings;
    /** The recognizer's alternatives, by turn; null until first asked for. */
    private List<TurnAlternatives.Alternative>[] alternativesByTurn;
    private boolean hasAlternatives;
    private TranscriptIndex alternativeIndex;
    private List<TurnAlternatives.Alternative> indexedAlternatives;
    private BitSet alternativeCandidates;
    private Vocabulary alternativeVocabulary;
    private SpokenWords[] spokenWords;
    private Map<TurnAlternatives.Alternative, SpokenWords> spokenAlternatives;

    EvaluationContext(AnalyzedInteraction input, RuleEngine engine, int ruleCount) {
        this.input = input;
        this.turns = input.interaction().turns();
        this.engine = engine;
        int size = turns.size();
        long end = 0;
        ordinal = new int[size];
        reverseOrdinal = new int[size];
        speakerOrdinal = new int[size];
        speakerReverseOrdinal = new int[size];
        Map<Speaker, Integer> seen = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Turn turn = turns.get(i);
            end = Math.max(end, turn.endMs());
            ordinal[i] = i;
            reverseOrdinal[i] = size - 1 - i;
            speakerOrdinal[i] = seen.merge(turn.speaker(), 1, Integer::sum) - 1;
        }
        seen.clear();
        for (int i = size - 1; i >= 0; i--) {
            speakerReverseOrdinal[i] = seen.merge(turns.get(i).speaker(), 1, Integer::sum) - 1;
        }
        conversationEndMs = end;
        ruleMatches = new Match[ruleCount];
    }

    public AnalyzedInteraction input() {
        return input;
    }

    public Interaction interaction() {
        return input.interaction();
    }

    public List<Turn> turns() {
        return turns;
    }

    /** End of the last turn: where "last N seconds" is measured from. */
    public long conversationEndMs() {
        return conversationEndMs;
    }

    /** The turn's position among all turns, or among its speaker's turns when {@code speaker} is set. */
    int ordinal(int turn, Speaker speaker) {
        return speaker == null ? ordinal[turn] : speakerOrdinal[turn];
    }

    int reverseOrdinal(int turn, Speaker speaker) {
        return speaker == null ? reverseOrdinal[turn] : speakerReverseOrdinal[turn];
    }

    /** Where the atom's query matches this transcript; percolates all atoms on first use. */
    @SuppressWarnings("unchecked")
    List<Hit> atomHits(int atomId) {
        if (index == null) {
            index = new TranscriptIndex(turns, engine.analyzer(), engine.memoryIndex());
            candidates = new BitSet(engine.percolator().size());
            vocabulary = index.vocabulary(engine.percolator(), candidates);
            atomHits = new List[engine.percolator().size()];
        }
        List<Hit> hits = atomHits[atomId];
        if (hits == null) {
            hits = candidates.get(atomId) ? index.hits(engine.percolator().atom(atomId), vocabulary) : List.of();
            if (alternativesByTurn == null) {
                alternatives();
            }
            if (hasAlternatives) {
                hits = withAlternativeHits(atomId, hits);
            }
            atomHits[atomId] = hits;
        }
        return hits;
    }

    /**
     * Adds, for turns where the atom has no hit in the text, a hit for the best-ranked
     * alternative that has one: the whole turn (the alternative's words are not in its text),
     * with the alternative's lower score and a note quoting it.
     */
    private List<Hit> withAlternativeHits(int atomId, List<Hit> hits) {
        if (alternativeIndex == null) {
            indexedAlternatives = new ArrayList<>();
            List<Turn> pseudoTurns = new ArrayList<>();
            for (List<TurnAlternatives.Alternative> ofTurn : alternativesByTurn) {
                for (TurnAlternatives.Alternative alternative : ofTurn) {
                    Turn turn = turns.get(alternative.turn());
                    indexedAlternatives.add(alternative);
                    pseudoTurns.add(new Turn(turn.speaker(), turn.startMs(), turn.endMs(), alternative.text(), turn.confidence()));
                }
            }
            alternativeIndex = new TranscriptIndex(pseudoTurns, engine.analyzer(), engine.alternativeMemoryIndex());
            alternativeCandidates = new BitSet(engine.percolator().size());
            alternativeVocabulary = alternativeIndex.vocabulary(engine.percolator(), alternativeCandidates);
        }
        if (!alternativeCandidates.get(atomId)) {
            return hits;
        }
        List<Hit> inAlternatives = alternativeIndex.hits(engine.percolator().atom(atomId), alternativeVocabulary);
        if (inAlternatives.isEmpty()) {
            return hits;
        }
        BitSet covered = new BitSet(turns.size());
        for (Hit hit : hits) {
            covered.set(hit.turn());
        }
        List<Hit> all = new ArrayList<>(hits);
        for (Hit hit : inAlternatives) {
            TurnAlternatives.Alternative alternative = indexedAlternatives.get(hit.turn());
            if (covered.get(alternative.turn())) {
                continue;
            }
            covered.set(alternative.turn());
            Turn turn = turns.get(alternative.turn());
            all.add(new Hit(alternative.turn(), 0, turn.text().length(), turn.startMs(), turn.endMs(), alternative.score(),
                    alternative.note()));
        }
        return Match.distinctSorted(all);
    }

    /** The recognizer's alternatives for a turn, best first; empty for typed text and most calls. */
    List<TurnAlternatives.Alternative> alternativesOf(int turn) {
        if (alternativesByTurn == null) {
            alternatives();
        }
        return alternativesByTurn[turn];
    }

    @SuppressWarnings("unchecked")
    private void alternatives() {
        alternativesByTurn = new List[turns.size()];
        java.util.Arrays.fill(alternativesByTurn, List.of());
        for (TurnAlternatives.Alternative alternative : TurnAlternatives.of(input.interaction())) {
            if (alternativesByTurn[alternative.turn()].isEmpty()) {
                alternativesByTurn[alternative.turn()] = new ArrayList<>();
            }
            alternativesByTurn[alternative.turn()].add(alternative);
            hasAlternatives = true;
        }
    }

    /** A turn's words with their sounds, computed once per interaction (one dictionary per rule set). */
    SpokenWords spokenWords(int turn, PronunciationDictionary dictionary) {
        if (spokenWords == null) {
            spokenWords = new SpokenWords[turns.size()];
        }
        SpokenWords words = spokenWords[turn];
        if (words == null) {
            words = SpokenWords.of(turns.get(turn).text(), dictionary);
            spokenWords[turn] = words;
        }
        return words;
    }

    SpokenWords spokenAlternative(TurnAlternatives.Alternative alternative, PronunciationDictionary dictionary) {
        if (spokenAlternatives == null) {
            spokenAlternatives = new HashMap<>();
        }
        return spokenAlternatives.computeIfAbsent(alternative, key -> SpokenWords.of(key.text(), dictionary));
    }

    /** The embedding of characters [start, end) of a turn, computed once per interaction. */
    float[] embedding(int turn, int start, int end) {
        if (embeddings == null) {
            embeddings = new HashMap<>();
        }
        long key = ((long) turn << 42) | ((long) start << 21) | end;
        return embeddings.computeIfAbsent(key, k -> embedder().embed(turns.get(turn).text().substring(start, end)));
    }

    SentenceEmbedder embedder() {
        return engine.embedder();
    }

    Match ruleMatch(String ruleId) {
        int ruleIndex = engine.indexOf(ruleId);
        Match match = ruleIndex < 0 ? null : ruleMatches[ruleIndex];
        if (match == null) {
            throw new IllegalStateException("rule '" + ruleId + "' referenced before it was evaluated");
        }
        return match;
    }

    void recordRuleMatch(int ruleIndex, Match match) {
        ruleMatches[ruleIndex] = match;
    }

    /** Whether the lexical index was built: a measure of how much work the percolator saved. */
    boolean indexBuilt() {
        return index != null;
    }
}
