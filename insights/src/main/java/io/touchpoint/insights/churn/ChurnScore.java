package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One customer's calibrated churn probability and the reasons that raise it most, strongest first. */
public record ChurnScore(String customerId, double probability, List<ChurnReason> reasons) {

    public ChurnScore {
        requireNonNull(customerId, "customerId is null");
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of customer " + customerId + " must be in [0, 1], was " + probability);
        }
    }

    /** The reasons as one cell of text: "sentence; sentence; sentence". */
    public String reasonText() {
        return String.join("; ", reasons.stream().map(ChurnReason::sentence).toList());
    }
}
