package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

/**
 * Why one customer's risk is what it is: a column, its SHAP contribution to the log-odds (summed
 * over the column's one-hot features, which SHAP's additivity allows), and a plain sentence.
 */
public record ChurnReason(String column, double contribution, String sentence) {

    public ChurnReason {
        requireNonNull(column, "column is null");
        requireNonNull(sentence, "sentence is null");
        if (!Double.isFinite(contribution)) {
            throw new IllegalArgumentException("contribution of '" + column + "' is not finite");
        }
    }
}
