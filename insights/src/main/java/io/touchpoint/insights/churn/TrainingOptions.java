package io.touchpoint.insights.churn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * XGBoost hyperparameters and the validation split. The defaults are shallow, slowly learned
 * trees with early stopping, the usual choice for churn tables (a few thousand rows, a few strong
 * monotone signals). They were set once from that common practice, not searched against any
 * held-out split (see docs/churn.md).
 *
 * @param validationFraction the share of the training rows held out for early stopping and
 *     for fitting the calibration
 */
public record TrainingOptions(int maxDepth, double eta, int maxRounds, int earlyStoppingRounds, double minChildWeight,
        double subsample, double columnSample, double lambda, double validationFraction, long seed) {

    public TrainingOptions {
        check(maxDepth >= 1 && maxDepth <= 12, "maxDepth must be in 1..12, was " + maxDepth);
        check(eta > 0 && eta <= 1, "eta must be in (0, 1], was " + eta);
        check(maxRounds >= 1, "maxRounds must be at least 1, was " + maxRounds);
        check(earlyStoppingRounds >= 1, "earlyStoppingRounds must be at least 1, was " + earlyStoppingRounds);
        check(minChildWeight >= 0, "minChildWeight must not be negative, was " + minChildWeight);
        check(subsample > 0 && subsample <= 1, "subsample must be in (0, 1], was " + subsample);
        check(columnSample > 0 && columnSample <= 1, "columnSample must be in (0, 1], was " + columnSample);
        check(lambda >= 0, "lambda must not be negative, was " + lambda);
        check(validationFraction > 0 && validationFraction < 0.9, "validationFraction must be in (0, 0.9), was " + validationFraction);
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(3, 0.05, 1000, 50, 5, 0.8, 0.8, 1, 0.2, 42);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(maxDepth, eta, maxRounds, earlyStoppingRounds, minChildWeight, subsample, columnSample,
                lambda, validationFraction, newSeed);
    }

    public TrainingOptions withMaxDepth(int newMaxDepth) {
        return new TrainingOptions(newMaxDepth, eta, maxRounds, earlyStoppingRounds, minChildWeight, subsample, columnSample,
                lambda, validationFraction, seed);
    }

    public TrainingOptions withEta(double newEta) {
        return new TrainingOptions(maxDepth, newEta, maxRounds, earlyStoppingRounds, minChildWeight, subsample, columnSample,
                lambda, validationFraction, seed);
    }

    /** The parameters XGBoost reads. One thread: on a shared 2-core machine more threads made training far slower. */
    Map<String, Object> xgboostParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("objective", "binary:logistic");
        parameters.put("eval_metric", "logloss");
        parameters.put("max_depth", maxDepth);
        parameters.put("eta", eta);
        parameters.put("min_child_weight", minChildWeight);
        parameters.put("subsample", subsample);
        parameters.put("colsample_bytree", columnSample);
        parameters.put("lambda", lambda);
        parameters.put("tree_method", "hist");
        parameters.put("nthread", 1);
        parameters.put("seed", seed);
        parameters.put("verbosity", 0);
        // Read by the Java side of XGBoost4J only: without it every round's evaluation is printed
        // on standard output, which belongs to the CLI's results.
        parameters.put("silent", "true");
        return parameters;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
