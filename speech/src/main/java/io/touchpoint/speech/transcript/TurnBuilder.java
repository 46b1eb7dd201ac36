package io.touchpoint.speech.transcript;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.recognition.RecognizedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Groups words into turns: consecutive words of one speaker, in time order, belong to one turn
 * until the speaker pauses longer than {@code maxPauseMs} or the other speaker says something in
 * between. A turn's text is its words joined by spaces and its confidence their mean.
 */
public final class TurnBuilder {

    /** A word with the speaker who said it, before it has a place in a turn. */
    public record SpokenWord(Speaker speaker, RecognizedWord word) {
    }

    /** The turns and the words placed in them. */
    public record Built(List<Turn> turns, List<TranscriptWord> words) {
    }

    private final long maxPauseMs;

    public TurnBuilder(long maxPauseMs) {
        if (maxPauseMs < 0) {
            throw new IllegalArgumentException("maxPauseMs is negative: " + maxPauseMs);
        }
        this.maxPauseMs = maxPauseMs;
    }

    public static TurnBuilder standard() {
        return new TurnBuilder(2_000);
    }

    public Built build(List<SpokenWord> spoken) {
        List<SpokenWord> ordered = new ArrayList<>(spoken);
        ordered.sort(Comparator.comparingLong((SpokenWord w) -> w.word().startMs()).thenComparingLong(w -> w.word().endMs()));
        List<Turn> turns = new ArrayList<>();
        List<TranscriptWord> words = new ArrayList<>();
        List<SpokenWord> current = new ArrayList<>();
        for (SpokenWord word : ordered) {
            if (!current.isEmpty()) {
                SpokenWord last = current.getLast();
                boolean sameSpeaker = last.speaker() == word.speaker();
                if (!sameSpeaker || word.word().startMs() - last.word().endMs() > maxPauseMs) {
                    flush(current, turns, words);
                }
            }
            current.add(word);
        }
        flush(current, turns, words);
        return new Built(turns, words);
    }

    private static void flush(List<SpokenWord> current, List<Turn> turns, List<TranscriptWord> words) {
        if (current.isEmpty()) {
            return;
        }
        int turnIndex = turns.size();
        StringBuilder text = new StringBuilder();
        double confidence = 0;
        long end = 0;
        for (SpokenWord spoken : current) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            String token = spoken.word().text().toLowerCase(Locale.ROOT);
            int start = text.length();
            text.append(token);
            words.add(new TranscriptWord(spoken.speaker(), token, spoken.word().startMs(), spoken.word().endMs(),
                    spoken.word().confidence(), turnIndex, start, text.length()));
            confidence += spoken.word().confidence();
            end = Math.max(end, spoken.word().endMs());
        }
        turns.add(new Turn(current.getFirst().speaker(), current.getFirst().word().startMs(), end, text.toString(),
                confidence / current.size()));
        current.clear();
    }
}
