package io.touchpoint.rules.language;

import io.touchpoint.core.text.EditDistance;
import java.util.Collection;
import java.util.Optional;

/** Suggests the known word closest to a misspelt one, for error messages. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a third of the word's length in edits, if any. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = EditDistance.levenshtein(word.toLowerCase(java.util.Locale.ROOT), candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best != null && bestDistance <= Math.max(1, word.length() / 3)) {
            return Optional.of(best);
        }
        // "phrase_list" is far from "phrases" in edits but plainly meant it: fall back to a shared start.
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String longest = null;
        int longestShared = 3;
        for (String candidate : candidates) {
            int shared = 0;
            while (shared < Math.min(lower.length(), candidate.length()) && lower.charAt(shared) == candidate.charAt(shared)) {
                shared++;
            }
            if (shared > longestShared || (shared == longestShared && longest != null && candidate.length() < longest.length())) {
                longestShared = shared;
                longest = candidate;
            }
        }
        return Optional.ofNullable(longest);
    }

    /** " (did you mean 'x'?)" or nothing. */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(match -> " (did you mean '" + match + "'?)").orElse("");
    }
}
