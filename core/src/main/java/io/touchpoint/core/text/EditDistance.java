package io.touchpoint.core.text;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Levenshtein distance, for the "did you mean" hints every parser of user input gives (rule
 * files, scorecards, CSV mappings, settings): a misspelt key is answered with the closest one;
 * over words, for word error rates.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The number of single-character insertions, deletions and substitutions from {@code a} to {@code b}. */
    public static int levenshtein(String a, String b) {
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
        return distance(a.length(), b.length(), (i, j) -> a.charAt(i) == b.charAt(j));
    }

    /**
     * The number of whole-element insertions, deletions and substitutions from {@code a} to
     * {@code b} (elements compared with equals): over words, what a word error rate counts.
     */
    public static int levenshtein(List<?> a, List<?> b) {
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
        return distance(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)));
    }

    @FunctionalInterface
    private interface Same {
        boolean at(int i, int j);
    }

    private static int distance(int lengthA, int lengthB, Same same) {
        int[] previous = new int[lengthB + 1];
        int[] current = new int[lengthB + 1];
        for (int j = 0; j <= lengthB; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= lengthA; i++) {
            current[0] = i;
            for (int j = 1; j <= lengthB; j++) {
                int substitution = previous[j - 1] + (same.at(i - 1, j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[lengthB];
    }

    /** The candidate closest to {@code given}, if it is at most {@code maxDistance} edits away (first wins a tie). */
    public static Optional<String> closest(String given, Collection<String> candidates, int maxDistance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = levenshtein(given, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= maxDistance ? Optional.ofNullable(best) : Optional.empty();
    }
}
