package io.touchpoint.speech.evaluation;

import io.touchpoint.core.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: (substitutions + deletions + insertions) / reference words, from a word-level
 * Levenshtein alignment. Texts are normalized first (lower case, punctuation dropped, digits and
 * hyphenated words split) so that "Mr. Smith's" and "mister smith's" differ only where the words do.
 */
public final class WordErrorRate {

    /** Errors against a reference of {@code referenceWords} words. */
    public record Count(int errors, int referenceWords) {

        public static final Count ZERO = new Count(0, 0);

        public Count plus(Count other) {
            return new Count(errors + other.errors, referenceWords + other.referenceWords);
        }

        public double rate() {
            return referenceWords == 0 ? 0 : (double) errors / referenceWords;
        }
    }

    private WordErrorRate() {
    }

    public static Count count(String reference, String hypothesis) {
        List<String> ref = normalize(reference);
        return new Count(EditDistance.levenshtein(ref, normalize(hypothesis)), ref.size());
    }

    /** Lower case words without punctuation; "mr." and "mister" are the same word. */
    public static List<String> normalize(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^a-z0-9' ]+", " ")
                .replaceAll("(^|\\s)'+|'+(\\s|$)", " ");
        List<String> words = new ArrayList<>();
        for (String word : cleaned.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(switch (word) {
                    case "mr" -> "mister";
                    case "mrs" -> "missus";
                    case "dr" -> "doctor";
                    default -> word;
                });
            }
        }
        return words;
    }

    public static String normalized(String text) {
        return String.join(" ", normalize(text));
    }
}
