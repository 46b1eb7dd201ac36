package io.touchpoint.core.ingest;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import java.util.List;

/** Records that are written together: all of them or none. */
public record IngestBatch(
        List<Interaction> interactions,
        List<Customer> customers,
        List<Agent> agents,
        List<DesktopEvent> desktopEvents) {

    public IngestBatch {
        interactions = List.copyOf(requireNonNull(interactions, "interactions is null"));
        customers = List.copyOf(requireNonNull(customers, "customers is null"));
        agents = List.copyOf(requireNonNull(agents, "agents is null"));
        desktopEvents = List.copyOf(requireNonNull(desktopEvents, "desktopEvents is null"));
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
