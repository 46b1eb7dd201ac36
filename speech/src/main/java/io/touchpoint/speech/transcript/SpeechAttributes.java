package io.touchpoint.speech.transcript;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.speech.segmentation.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a transcript's word-level data travels with its {@link Interaction}: as attributes, because
 * the canonical record has no slot for words and every store and exporter already keeps
 * attributes. Compact text, one entry per word: {@code turn:charStart-charEnd:startMs-endMs:confidence}
 * separated by spaces (about 25 bytes a word). The word's text is its span of the turn's text, so
 * no personal data is copied here that redaction would miss.
 *
 * <pre>{@code
 * Map<String, String> attributes = SpeechAttributes.of(transcript);
 * List<SpeechAttributes.WordTiming> words = SpeechAttributes.words(interaction);
 * }</pre>
 */
public final class SpeechAttributes {

    public static final String WORDS = "speech.words";
    public static final String ENGINE = "speech.engine";
    public static final String DURATION_MS = "speech.duration_ms";
    public static final String CONFIDENCE = "speech.confidence";
    public static final String SOUND_WITHOUT_WORDS = "speech.sound_without_words";
    public static final String WARNINGS = "speech.warnings";
    public static final String REDACTED_SPANS = "speech.redacted_spans";
    public static final String ORIGINAL_AUDIO = "speech.original_audio";
    /**
     * The recognizer's alternative hypotheses, redacted: one line per alternative, {@code TURN:TEXT},
     * best first within a turn; the rules module matches them (its {@code TurnAlternatives} reads them).
     */
    public static final String ALTERNATIVES = "speech.alternatives";
    private static final String LOUDNESS_PREFIX = "speech.loudness_dbfs.";
    private static final String VOICED_PREFIX = "speech.voiced_ms.";

    /** A word's place and time, without its text. */
    public record WordTiming(int turnIndex, int charStart, int charEnd, long startMs, long endMs, double confidence) {
    }

    private SpeechAttributes() {
    }

    public static Map<String, String> of(Transcript transcript) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(ENGINE, transcript.engine());
        attributes.put(DURATION_MS, Long.toString(transcript.durationMs()));
        attributes.put(CONFIDENCE, String.format(Locale.ROOT, "%.3f", transcript.confidence()));
        StringBuilder words = new StringBuilder(transcript.words().size() * 26);
        for (TranscriptWord word : transcript.words()) {
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(word.turnIndex()).append(':').append(word.charStart()).append('-').append(word.charEnd())
                    .append(':').append(word.startMs()).append('-').append(word.endMs()).append(':')
                    .append(String.format(Locale.ROOT, "%.3f", word.confidence()));
        }
        attributes.put(WORDS, words.toString());
        attributes.put(SOUND_WITHOUT_WORDS, spans(transcript.soundWithoutWords()));
        transcript.speakers().forEach((speaker, audio) -> {
            attributes.put(LOUDNESS_PREFIX + speaker.wireName(), String.format(Locale.ROOT, "%.1f", audio.loudnessDbfs()));
            attributes.put(VOICED_PREFIX + speaker.wireName(), Long.toString(audio.voicedMs()));
        });
        if (!transcript.warnings().isEmpty()) {
            attributes.put(WARNINGS, String.join(" | ", transcript.warnings()));
        }
        return attributes;
    }

    /** The attribute value for alternatives by turn (each alternative's text on one line after its turn index). */
    public static String alternatives(Map<Integer, List<String>> byTurn) {
        StringBuilder value = new StringBuilder();
        new java.util.TreeMap<>(byTurn).forEach((turn, texts) -> {
            for (String text : texts) {
                if (!value.isEmpty()) {
                    value.append('\n');
                }
                value.append(turn).append(':').append(text.replace('\n', ' ').replace('\r', ' '));
            }
        });
        return value.toString();
    }

    public static String spans(List<TimeSpan> spans) {
        StringBuilder text = new StringBuilder();
        for (TimeSpan span : spans) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(span.startMs()).append('-').append(span.endMs());
        }
        return text.toString();
    }

    public static List<TimeSpan> spans(Interaction interaction, String attribute) {
        String value = interaction.attributes().getOrDefault(attribute, "");
        List<TimeSpan> spans = new ArrayList<>();
        for (String entry : value.trim().split("\\s+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("-");
            try {
                spans.add(new TimeSpan(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("interaction " + interaction.id() + ": attribute " + attribute
                        + " has a bad time span '" + entry + "' (expected START-END in milliseconds)", e);
            }
        }
        return spans;
    }

    /** The word timings of a transcribed call; empty for an interaction that was not transcribed here. */
    public static List<WordTiming> words(Interaction interaction) {
        String value = interaction.attributes().get(WORDS);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<WordTiming> words = new ArrayList<>();
        for (String entry : value.trim().split("\\s+")) {
            String[] parts = entry.split(":");
            try {
                String[] chars = parts[1].split("-");
                String[] times = parts[2].split("-");
                words.add(new WordTiming(Integer.parseInt(parts[0]), Integer.parseInt(chars[0]), Integer.parseInt(chars[1]),
                        Long.parseLong(times[0]), Long.parseLong(times[1]), Double.parseDouble(parts[3])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("interaction " + interaction.id() + ": attribute " + WORDS
                        + " has a bad entry '" + entry + "' (expected TURN:FROM-TO:STARTMS-ENDMS:CONFIDENCE)", e);
            }
        }
        return words;
    }

    public static Optional<Double> loudness(Interaction interaction, Speaker speaker) {
        return number(interaction, LOUDNESS_PREFIX + speaker.wireName());
    }

    private static Optional<Double> number(Interaction interaction, String key) {
        String value = requireNonNull(interaction, "interaction is null").attributes().get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("interaction " + interaction.id() + ": attribute " + key + " is '"
                    + value + "', not a number", e);
        }
    }

    public static Optional<Double> durationMs(Interaction interaction) {
        return number(interaction, DURATION_MS);
    }
}
