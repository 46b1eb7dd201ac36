package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Customers at risk: stored scores at or above a threshold, riskiest first, each with its reasons.
 * A customer whose monthly charge is at least {@code highValueMonthlyCharge} is flagged high value:
 * those are the ones an alert should be raised for.
 */
public record ChurnRiskReport(double threshold, double highValueMonthlyCharge, List<AtRiskCustomer> customers) {

    /** One customer at risk; {@code monthlyCharge} is null when the CRM does not know it. */
    public record AtRiskCustomer(String customerId, double probability, List<String> reasons, Double monthlyCharge,
            boolean highValue) {

        public AtRiskCustomer {
            requireNonNull(customerId, "customerId is null");
            reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        }
    }

    public ChurnRiskReport {
        customers = List.copyOf(requireNonNull(customers, "customers is null"));
    }

    /** The high-value customers above the threshold: who an alert names. */
    public List<AtRiskCustomer> alerts() {
        return customers.stream().filter(AtRiskCustomer::highValue).toList();
    }
}
