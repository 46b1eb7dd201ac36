package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.DesktopEvent;
import java.util.List;
import java.util.Map;

/**
 * Everything process mining reads, independent of where it came from ({@link StoreDesktopReader} reads it
 * from the store; tests build it by hand).
 *
 * @param silences per interaction id, the silent spans of its conversation (live channels only)
 * @param teamByAgent the team of each known agent
 * @param observedDays the length of the observed period in days, to turn volumes into yearly volumes
 */
public record DesktopDataset(List<DesktopEvent> events, List<InteractionWindow> windows,
                             Map<String, List<SilentSpan>> silences, Map<String, String> teamByAgent, int observedDays) {

    public DesktopDataset {
        events = List.copyOf(requireNonNull(events, "events is null"));
        windows = List.copyOf(requireNonNull(windows, "windows is null"));
        silences = Map.copyOf(requireNonNull(silences, "silences is null"));
        teamByAgent = Map.copyOf(requireNonNull(teamByAgent, "teamByAgent is null"));
        if (observedDays < 1) {
            throw new IllegalArgumentException("DesktopDataset: observedDays must be at least 1, got " + observedDays);
        }
    }
}
