package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import java.util.List;

/**
 * A generated contact center. E-mail and social interactions are given exactly as their connectors will
 * read them back from {@code email/mailbox.mbox} and {@code social/posts.csv} (thread ids, stripped quotes
 * and signatures, customer identified by address or handle only).
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
