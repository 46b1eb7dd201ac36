package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Customer;
import java.util.List;
import java.util.Optional;

/**
 * Everything one customer did, across all channels.
 *
 * @param customerKey what was asked for: a customer id, an e-mail, a phone number or a handle
 * @param resolvedCustomerId the customer the key names, empty when no customer is known by it
 *     (then {@code interactions} are those that carry the key as their raw e-mail, phone or handle)
 * @param customer the CRM record, when there is one
 * @param interactions in time order (ties by id), on every channel
 */
public record Journey(
        String customerKey,
        Optional<String> resolvedCustomerId,
        Optional<Customer> customer,
        List<InteractionSummary> interactions) {

    public Journey {
        requireNonNull(customerKey, "customerKey is null");
        requireNonNull(resolvedCustomerId, "resolvedCustomerId is null");
        requireNonNull(customer, "customer is null");
        interactions = List.copyOf(requireNonNull(interactions, "interactions is null"));
    }
}
