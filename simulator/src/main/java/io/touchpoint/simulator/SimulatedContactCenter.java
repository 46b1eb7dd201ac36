package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import java.util.List;

/**
 * A generated contact center. Every interaction is given exactly as its connector reads it back from the
 * files {@link SimulationWriter} writes: e-mail and social threads with their thread ids, stripped quotes and
 * signatures, the customer identified by address or handle only, no outcome or language.
 */
public record SimulatedContactCenter(List<Interaction> interactions, List<Customer> customers, List<Agent> agents,
                                     List<DesktopEvent> desktopEvents, GroundTruth truth) {

    public SimulatedContactCenter {
        interactions = List.copyOf(requireNonNull(interactions, "interactions is null"));
        customers = List.copyOf(requireNonNull(customers, "customers is null"));
        agents = List.copyOf(requireNonNull(agents, "agents is null"));
        desktopEvents = List.copyOf(requireNonNull(desktopEvents, "desktopEvents is null"));
        requireNonNull(truth, "truth is null");
    }
}
