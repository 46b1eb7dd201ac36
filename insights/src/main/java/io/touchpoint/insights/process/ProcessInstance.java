package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One run of a business process on an agent's desktop, from its process_start to its process_end.
 *
 * @param interactionId the interaction it was aligned to, or null when it fell outside every interaction
 * @param openEnded true when no process_end was seen: {@code end} is then where {@link DesktopAlignment}
 *        closed it (the interaction's end or the end of its after-call work), an upper bound
 * @param steps the applications in focus during the run, in order, consecutive repeats merged
 */
public record ProcessInstance(String process, String agentId, String interactionId, Instant start, Instant end,
                              boolean openEnded, List<FocusSegment> steps) {

    public ProcessInstance {
        requireNonNull(process, "process is null");
        requireNonNull(agentId, "agentId is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("ProcessInstance " + process + " of agent " + agentId + ": end " + end
                    + " is before start " + start);
        }
        steps = List.copyOf(requireNonNull(steps, "steps is null"));
    }

    public Optional<String> interaction() {
        return Optional.ofNullable(interactionId);
    }

    public long millis() {
        return Duration.between(start, end).toMillis();
    }

    public double seconds() {
        return millis() / 1000.0;
    }

    /** The ordered applications of the run, e.g. {@code [crm, billing, provisioning]}. */
    public List<String> variant() {
        List<String> order = new ArrayList<>();
        for (FocusSegment step : steps) {
            if (order.isEmpty() || !order.getLast().equals(step.application())) {
                order.add(step.application());
            }
        }
        return order;
    }

    /** The distinct applications the run touched. */
    public List<String> systems() {
        return List.copyOf(new LinkedHashSet<>(variant()));
    }
}
