package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a churn model: boosted trees with early stopping on a validation part, then Platt
 * calibration fitted on that same validation part (never on the rows the trees were fitted on,
 * whose margins are over-confident).
 *
 * <pre>{@code
 * CustomerTable table = CustomerTable.read(Path.of("customers.csv"));
 * try (ChurnModel model = new ChurnTrainer(TrainingOptions.defaults())
 *         .train(table, "customerID", "Churn", List.of())) {
 *     model.save(Path.of("churn.model"));
 * }
 * }</pre>
 */
public final class ChurnTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(ChurnTrainer.class);

    /** Fewer rows than this cannot give a validation part with both classes. */
    static final int MIN_ROWS = 20;

    private final TrainingOptions options;

    public ChurnTrainer(TrainingOptions options) {
        this.options = requireNonNull(options, "options is null");
    }

    /** Infers the schema and trains with a stratified random validation split (for tables without time). */
    public ChurnModel train(CustomerTable table, String idColumn, String labelColumn, Collection<String> excluded) {
        return train(table, idColumn, labelColumn, excluded, Map.of());
    }

    /** As above, with reason phrases for some columns (see {@link FeatureColumn#phrase()}). */
    public ChurnModel train(CustomerTable table, String idColumn, String labelColumn, Collection<String> excluded,
            Map<String, String> phrases) {
        FeatureSchema schema = FeatureSchema.infer(table, idColumn, labelColumn, excluded, phrases);
        FeatureMatrix all = schema.encode(table);
        if (all.rows() < MIN_ROWS) {
            throw TouchpointException.userError(table.source() + " has " + all.rows() + " labelled rows; training needs at least " + MIN_ROWS);
        }
        StratifiedSplit split = StratifiedSplit.of(all.labels(), options.validationFraction(), options.seed());
        return train(schema, all.select(split.kept()), all.select(split.heldOut()));
    }

    /**
     * Trains on {@code training}, stops early and calibrates on {@code validation}. Callers with
     * dated data pass a validation part from later than the training part (a time-aware split).
     */
    public ChurnModel train(FeatureSchema schema, FeatureMatrix training, FeatureMatrix validation) {
        requireBothClasses(training, "training");
        requireBothClasses(validation, "validation");
        Map<String, Object> parameters = options.xgboostParameters();
        DMatrix trainData = ChurnModel.dmatrix(training);
        DMatrix validationData = ChurnModel.dmatrix(validation);
        try {
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", trainData);
            // Early stopping watches the last entry.
            watches.put("validation", validationData);
            float[][] history = new float[watches.size()][options.maxRounds()];
            Booster probe = XGBoost.train(trainData, parameters, options.maxRounds(), watches, history, null, null,
                    options.earlyStoppingRounds());
            int rounds = bestRounds(probe, history[1]);
            probe.dispose();
            // Refit with exactly the best number of rounds: the saved trees then need no
            // iteration limit at prediction time, and the same seed gives the same trees.
            Booster booster = XGBoost.train(trainData, parameters, rounds, Map.of(), null, null, null, 0);
            double[] margins = ChurnModel.margins(booster, validation);
            PlattCalibration calibration = PlattCalibration.fit(margins, validation.labels());
            double[] probabilities = new double[margins.length];
            for (int i = 0; i < margins.length; i++) {
                probabilities[i] = calibration.probability(margins[i]);
            }
            ClassificationMetrics metrics = ClassificationMetrics.of(probabilities, validation.labels());
            LOG.info("churn model: {} training rows, {} validation rows, {} rounds, validation AUC {}, PR-AUC {}",
                    training.rows(), validation.rows(), rounds, String.format("%.3f", metrics.auc()),
                    String.format("%.3f", metrics.averagePrecision()));
            return new ChurnModel(booster, new ChurnModel.Metadata(ChurnModel.FORMAT, schema, calibration, options, rounds, metrics));
        } catch (XGBoostError e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "XGBoost training failed: " + e.getMessage(), e);
        } finally {
            trainData.dispose();
            validationData.dispose();
        }
    }

    private static int bestRounds(Booster booster, float[] validationLoss) throws XGBoostError {
        String best = booster.getAttr("best_iteration");
        if (best != null) {
            return Integer.parseInt(best) + 1;
        }
        // No early stop happened: take the round with the lowest validation loss that was run.
        int bestRound = 0;
        for (int i = 1; i < validationLoss.length; i++) {
            if (validationLoss[i] != 0 && validationLoss[i] < validationLoss[bestRound]) {
                bestRound = i;
            }
        }
        return bestRound + 1;
    }

    private static void requireBothClasses(FeatureMatrix matrix, String part) {
        if (!matrix.labelled()) {
            throw new IllegalArgumentException("the " + part + " part has no labels");
        }
        int positives = 0;
        for (int label : matrix.labels()) {
            positives += label;
        }
        if (positives == 0 || positives == matrix.rows()) {
            throw TouchpointException.userError("the " + part + " part (" + matrix.rows() + " rows) has "
                    + (positives == 0 ? "no churned customers" : "only churned customers") + "; a churn model needs both");
        }
    }
}
