package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link DesktopAlignment#align}.
 *
 * @param interactions per interaction id, what its agent's desktop did
 * @param processes every process run, aligned or not, in start order
 * @param unalignedEvents events that fell outside every interaction window and carried no known id
 * @param unknownInteractionIds events whose explicit interaction id matched no known interaction
 *        (they were then matched by time)
 * @param unpairedEnds process_end events with no open process_start to close (ignored)
 */
public record AlignmentResult(Map<String, InteractionDesktop> interactions, List<ProcessInstance> processes,
                              int unalignedEvents, int unknownInteractionIds, int unpairedEnds) {

    public AlignmentResult {
        interactions = Map.copyOf(requireNonNull(interactions, "interactions is null"));
        processes = List.copyOf(requireNonNull(processes, "processes is null"));
        if (unalignedEvents < 0 || unknownInteractionIds < 0 || unpairedEnds < 0) {
            throw new IllegalArgumentException("AlignmentResult: counts must not be negative");
        }
    }

    public Optional<InteractionDesktop> interaction(String interactionId) {
        return Optional.ofNullable(interactions.get(interactionId));
    }

    public long openEndedProcesses() {
        return processes.stream().filter(ProcessInstance::openEnded).count();
    }
}
