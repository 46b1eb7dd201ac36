package io.touchpoint.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a condition found in one interaction: whether it holds, and where (empty for conditions
 * about the interaction as a whole, such as a queue filter or a negation).
 */
public record Match(boolean matched, List<Hit> hits) {

    public static final Match NO = new Match(false, List.of());
    public static final Match YES = new Match(true, List.of());

    private static final Comparator<Hit> ORDER = Comparator.comparingInt(Hit::turn)
            .thenComparingInt(Hit::charStart).thenComparingInt(Hit::charEnd);

    public Match {
        hits = List.copyOf(hits);
        if (!matched && !hits.isEmpty()) {
            throw new IllegalArgumentException("a failed match carries no hits");
        }
    }

    /** A match at these places, or no match when there are none. */
    public static Match ofHits(List<Hit> hits) {
        return hits.isEmpty() ? NO : new Match(true, distinctSorted(hits));
    }

    /** Hits in transcript order without duplicates (the best similarity wins for equal spans). */
    public static List<Hit> distinctSorted(List<Hit> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(ORDER.thenComparing(Comparator.comparingDouble(Hit::similarity).reversed()));
        LinkedHashSet<Hit> out = new LinkedHashSet<>();
        Hit previous = null;
        for (Hit hit : sorted) {
            if (previous != null && previous.turn() == hit.turn() && previous.charStart() == hit.charStart()
                    && previous.charEnd() == hit.charEnd()) {
                continue;
            }
            out.add(hit);
            previous = hit;
        }
        return List.copyOf(out);
    }
}
