package io.touchpoint.speech.redaction;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.transcript.Transcript;
import io.touchpoint.text.pii.PiiDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps personal data out of the recognizer's alternative hypotheses before they are stored,
 * since they go around the redaction of the turns' text. A turn keeps no alternatives at all
 * when its own text, or any one of its alternatives, holds personal data (the text module's PII
 * detector, reading the previous turn as context as it does for the text) or a run of four or
 * more spoken or written digits. The alternatives of one turn are near-copies of each other
 * heard from the same audio, and a misheard digit breaks the checksum that finds a card number:
 * redacting them one by one would let the variants that escape the detector through.
 */
public final class AlternativesRedactor {

    /** Four digits in a row are as much of a number as an alternative may keep. */
    static final int MAX_DIGITS_IN_A_ROW = 3;

    private static final Set<String> DIGIT_WORDS = Set.of("zero", "oh", "o", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "double", "triple");

    private final PiiDetector detector;

    public AlternativesRedactor(PiiDetector detector) {
        this.detector = requireNonNull(detector, "detector is null");
    }

    /** Every PII type. */
    public static AlternativesRedactor standard() {
        return new AlternativesRedactor(PiiDetector.all());
    }

    /** The transcript's alternatives, by turn, as they may be stored. */
    public Map<Integer, List<String>> redact(Transcript transcript) {
        Map<Integer, List<String>> kept = new LinkedHashMap<>();
        List<Turn> turns = transcript.turns();
        for (Map.Entry<Integer, List<String>> entry : new java.util.TreeMap<>(transcript.alternatives()).entrySet()) {
            int turnIndex = entry.getKey();
            if (turnIndex >= turns.size()) {
                continue;
            }
            String previous = turnIndex == 0 ? "" : turns.get(turnIndex - 1).text();
            if (!detector.detect(turns.get(turnIndex).text(), previous).isEmpty()) {
                continue;
            }
            List<String> safe = new ArrayList<>();
            boolean sensitive = false;
            for (String alternative : entry.getValue()) {
                if (hasDigitRun(alternative) || !detector.detect(alternative, previous).isEmpty()) {
                    sensitive = true;
                    break;
                }
                if (!safe.contains(alternative)) {
                    safe.add(alternative);
                }
            }
            if (!sensitive && !safe.isEmpty()) {
                kept.put(turnIndex, List.copyOf(safe));
            }
        }
        return kept;
    }

    static boolean hasDigitRun(String text) {
        int run = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (DIGIT_WORDS.contains(word)) {
                run++;
            } else if (word.chars().allMatch(Character::isDigit)) {
                run += word.length();
            } else {
                run = 0;
            }
            if (run > MAX_DIGITS_IN_A_ROW) {
                return true;
            }
        }
        return false;
    }
}
