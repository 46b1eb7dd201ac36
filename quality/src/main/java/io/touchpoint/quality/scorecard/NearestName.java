package io.touchpoint.quality.scorecard;

import io.touchpoint.core.text.EditDistance;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt keys and names: the closest known name within a small edit distance. */
public final class NearestName {

    private NearestName() {
    }

    /** The known name closest to {@code given}, if it is within a third of its length in edits (at least 2). */
    public static Optional<String> of(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = EditDistance.levenshtein(given, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, given.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** {@code " (did you mean 'x'?)"} or empty. */
    public static String hint(String given, Collection<String> known) {
        return of(given, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }
}
