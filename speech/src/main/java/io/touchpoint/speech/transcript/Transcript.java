package io.touchpoint.speech.transcript;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.segmentation.TimeSpan;
import java.util.List;
import java.util.Map;

/**
 * A recognized call: turns built from words, the words with times, confidences and their places
 * in the turns, per-speaker audio levels, the stretches where there was sound but no words
 * (music on hold, noise), and warnings such as a suspect channel mapping.
 *
 * @param alternatives N-best hypotheses per turn, by turn index, when the engine gave them
 */
public record Transcript(String engine, long durationMs, List<Turn> turns, List<TranscriptWord> words,
        Map<Speaker, SpeakerAudio> speakers, List<TimeSpan> soundWithoutWords, Map<Integer, List<String>> alternatives,
        List<String> warnings) {

    public Transcript {
        requireNonNull(engine, "engine is null");
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs is negative: " + durationMs);
        }
        turns = List.copyOf(requireNonNull(turns, "turns is null"));
        words = List.copyOf(requireNonNull(words, "words is null"));
        speakers = Map.copyOf(requireNonNull(speakers, "speakers is null"));
        soundWithoutWords = List.copyOf(requireNonNull(soundWithoutWords, "soundWithoutWords is null"));
        alternatives = Map.copyOf(requireNonNull(alternatives, "alternatives is null"));
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
        for (TranscriptWord word : words) {
            if (word.turnIndex() >= turns.size()) {
                throw new IllegalArgumentException("word '" + word.text() + "' points at turn " + word.turnIndex()
                        + " of " + turns.size());
            }
        }
    }

    /** Mean word confidence, 1 when nothing was recognized. */
    public double confidence() {
        return words.stream().mapToDouble(TranscriptWord::confidence).average().orElse(1.0);
    }

    public List<TranscriptWord> wordsOfTurn(int turnIndex) {
        return words.stream().filter(word -> word.turnIndex() == turnIndex).toList();
    }
}
