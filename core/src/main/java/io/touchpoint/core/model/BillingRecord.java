package io.touchpoint.core.model;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/** One month's bill for a customer. */
public record BillingRecord(YearMonth month, double amount) {

    public BillingRecord {
        requireNonNull(month, "month is null");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount is not a finite number: " + amount);
        }
    }
}
