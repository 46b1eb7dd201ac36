package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

/**
 * A classifier's answer for one text.
 *
 * @param label the most probable label
 * @param confidence its probability, in [0, 1]
 * @param probabilities every label's probability, in the order of {@link TextClassifier#labels()}
 */
public record Prediction(String label, double confidence, double[] probabilities) {

    public Prediction {
        requireNonNull(label, "label is null");
        requireNonNull(probabilities, "probabilities is null");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
    }
}
