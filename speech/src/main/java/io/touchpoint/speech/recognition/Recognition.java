package io.touchpoint.speech.recognition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a recognizer made of one stretch of audio: the best word sequence with times and
 * confidences, and the next-best whole hypotheses (N-best) when the engine gives them.
 */
public record Recognition(List<RecognizedWord> words, List<String> alternatives) {

    public static final Recognition EMPTY = new Recognition(List.of(), List.of());

    public Recognition {
        words = List.copyOf(requireNonNull(words, "words is null"));
        alternatives = List.copyOf(requireNonNull(alternatives, "alternatives is null"));
    }

    public String text() {
        return words.stream().map(RecognizedWord::text).collect(Collectors.joining(" "));
    }

    public Recognition shifted(long offsetMs) {
        return new Recognition(words.stream().map(word -> word.shifted(offsetMs)).toList(), alternatives);
    }
}
