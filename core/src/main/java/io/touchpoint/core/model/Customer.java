package io.touchpoint.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A CRM customer record. Only {@code id} is required; other components are null when the CRM
 * does not have them.
 *
 * @param tenureMonths months since the customer joined
 * @param churned whether the customer left, where known
 * @param churnDate when the customer left, where known
 */
public record Customer(
        String id,
        String name,
        String email,
        String phone,
        String handle,
        String plan,
        String contractType,
        Integer tenureMonths,
        LocalDate contractEnd,
        Double monthlyCharge,
        List<BillingRecord> billing,
        Boolean churned,
        LocalDate churnDate,
        Map<String, String> attributes) {

    public Customer {
        requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        id = id.trim();
        email = CustomerRef.blankToNull(email);
        phone = CustomerRef.blankToNull(phone);
        handle = CustomerRef.blankToNull(handle);
        if (tenureMonths != null && tenureMonths < 0) {
            throw new IllegalArgumentException("tenureMonths is negative: " + tenureMonths);
        }
        if (monthlyCharge != null && (!Double.isFinite(monthlyCharge) || monthlyCharge < 0)) {
            throw new IllegalArgumentException("monthlyCharge is not a non-negative number: " + monthlyCharge);
        }
        billing = List.copyOf(requireNonNull(billing, "billing is null"));
        attributes = Map.copyOf(requireNonNull(attributes, "attributes is null"));
    }

    /** The identifiers by which interactions can be linked to this customer. */
    public CustomerRef identity() {
        return new CustomerRef(id, email, phone, handle);
    }
}
