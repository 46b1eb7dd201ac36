package io.touchpoint.core.ingest;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import java.util.List;
import java.util.Map;

/**
 * Records that are written together: all of them or none.
 *
 * @param findings findings made at ingest, before the first write (PII redaction, routing), by
 *     interaction id; stored with their interactions
 */
public record IngestBatch(
        List<Interaction> interactions,
        List<Customer> customers,
        List<Agent> agents,
        List<DesktopEvent> desktopEvents,
        Map<String, List<Finding>> findings) {

    public IngestBatch {
        interactions = List.copyOf(requireNonNull(interactions, "interactions is null"));
        customers = List.copyOf(requireNonNull(customers, "customers is null"));
        agents = List.copyOf(requireNonNull(agents, "agents is null"));
        desktopEvents = List.copyOf(requireNonNull(desktopEvents, "desktopEvents is null"));
        findings = Map.copyOf(requireNonNull(findings, "findings is null"));
        if (!findings.isEmpty()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            interactions.forEach(interaction -> ids.add(interaction.id()));
            for (String id : findings.keySet()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("ingest findings for interaction '" + id
                            + "', which is not in the batch");
                }
            }
        }
    }

    /** A batch without ingest-time findings. */
    public IngestBatch(List<Interaction> interactions, List<Customer> customers, List<Agent> agents,
            List<DesktopEvent> desktopEvents) {
        this(interactions, customers, agents, desktopEvents, Map.of());
    }

    public static IngestBatch ofInteractions(List<Interaction> interactions) {
        return new IngestBatch(interactions, List.of(), List.of(), List.of());
    }

    public int size() {
        return interactions.size() + customers.size() + agents.size() + desktopEvents.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
