package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a churn model on the store's customers with a time-aware split: the trees learn from
 * the snapshot one horizon before the cut-off (whose outcomes are all known by the cut-off) and
 * are stopped early and calibrated on the snapshot at the cut-off, i.e. on later customers' fates.
 * When the earlier snapshot is too thin (a short history), it falls back to a stratified split
 * of the cut-off snapshot and says so in the log.
 */
public final class StoreChurnTraining {

    private static final Logger LOG = LoggerFactory.getLogger(StoreChurnTraining.class);

    /** Fewer churners than this in the earlier snapshot make a time-aware split meaningless. */
    static final int MIN_CHURNERS = 10;

    private final TrainingOptions options;

    public StoreChurnTraining(TrainingOptions options) {
        this.options = requireNonNull(options, "options is null");
    }

    /** The latest cut-off whose whole horizon lies inside the store's data. */
    public static LocalDate latestLabelledCutoff(Connection connection, int horizonDays) {
        return StoreChurnFeatures.latestCutoff(connection).minusDays(horizonDays);
    }

    public ChurnModel train(Connection connection, LocalDate cutoff, int horizonDays, Collection<String> excluded) {
        CustomerTable later = StoreChurnFeatures.build(connection, cutoff, horizonDays);
        CustomerTable earlier = StoreChurnFeatures.build(connection, cutoff.minusDays(horizonDays), horizonDays);
        return train(earlier, later, excluded);
    }

    /** Trains on {@code earlier} and validates on {@code later}, or on a stratified split of {@code later}. */
    public ChurnModel train(CustomerTable earlier, CustomerTable later, Collection<String> excluded) {
        if (later.size() == 0) {
            throw TouchpointException.userError("the store has no customers active at the cut-off; ingest the CRM table first");
        }
        int earlierChurners = (int) earlier.column(StoreChurnFeatures.LABEL_COLUMN).stream().filter("1"::equals).count();
        if (earlierChurners < MIN_CHURNERS) {
            LOG.info("only {} churners one horizon before the cut-off: validating on a stratified split of the cut-off snapshot",
                    earlierChurners);
            return new ChurnTrainer(options).train(later, StoreChurnFeatures.ID_COLUMN, StoreChurnFeatures.LABEL_COLUMN, excluded,
                    StoreChurnFeatures.PHRASES);
        }
        FeatureSchema schema = FeatureSchema.infer(earlier, StoreChurnFeatures.ID_COLUMN, StoreChurnFeatures.LABEL_COLUMN,
                excluded, StoreChurnFeatures.PHRASES);
        return new ChurnTrainer(options).train(schema, schema.encode(earlier), schema.encode(later));
    }

    /** Scores every customer active at the cut-off (for scoring "now", pass {@link StoreChurnFeatures#latestCutoff}). */
    public static List<ChurnScore> score(ChurnModel model, Connection connection, LocalDate cutoff) {
        CustomerTable table = StoreChurnFeatures.build(connection, cutoff, StoreChurnFeatures.DEFAULT_HORIZON_DAYS);
        return model.score(table);
    }
}
