package io.touchpoint.quality;

import java.util.Map;

/**
 * What {@link QualityService#refreshQueue()} did.
 *
 * @param examined scored interactions looked at (those not yet triaged)
 * @param added review items added, by trigger
 * @param rescored reviewed interactions whose final score was recomputed
 */
public record RefreshResult(int examined, Map<String, Integer> added, int rescored) {

    public RefreshResult {
        added = Map.copyOf(added);
    }

    public int addedTotal() {
        return added.values().stream().mapToInt(Integer::intValue).sum();
    }
}
