package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.DesktopEvent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the agent's desktop did during one interaction, after-call work included.
 *
 * @param events the events aligned to the interaction, in time order
 * @param focus the application focus timeline attributed to the interaction
 * @param processes the process runs aligned to the interaction
 */
public record InteractionDesktop(String interactionId, String agentId, List<DesktopEvent> events,
                                 List<FocusSegment> focus, List<ProcessInstance> processes) {

    public InteractionDesktop {
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(agentId, "agentId is null");
        events = List.copyOf(requireNonNull(events, "events is null"));
        focus = List.copyOf(requireNonNull(focus, "focus is null"));
        processes = List.copyOf(requireNonNull(processes, "processes is null"));
    }

    /** Milliseconds in each application, most used first. */
    public Map<String, Long> millisByApplication() {
        Map<String, Long> totals = new LinkedHashMap<>();
        focus.forEach(segment -> totals.merge(segment.application(), segment.millis(), Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** How often the focus moved from one application to a different one. */
    public int applicationSwitches() {
        int switches = 0;
        for (int i = 1; i < focus.size(); i++) {
            if (!focus.get(i).application().equals(focus.get(i - 1).application())) {
                switches++;
            }
        }
        return switches;
    }

    /** The distinct applications touched: focused, or named by any event. */
    public int distinctSystems() {
        LinkedHashSet<String> systems = new LinkedHashSet<>();
        focus.forEach(segment -> systems.add(segment.application()));
        events.stream().filter(event -> event.application() != null).forEach(event -> systems.add(event.application()));
        return systems.size();
    }
}
