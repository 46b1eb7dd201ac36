package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.InsightsSchema;
import io.touchpoint.store.TouchpointStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The latest churn score of every customer, kept in the store's DuckDB table {@code churn_scores}
 * (one row per customer, replaced on each scoring run; created by the insights module's
 * migrations). Written through the store's write transaction, read through its read connection.
 */
public final class ChurnScoreStore {

    private final TouchpointStore store;

    public ChurnScoreStore(TouchpointStore store) {
        this.store = requireNonNull(store, "store is null");
        InsightsSchema.ensure(store);
    }

    /** Replaces all stored scores with these (customers no longer scored, e.g. churned, drop out). */
    public void replaceAll(List<ChurnScore> scores, LocalDate cutoff, String model, Instant scoredAt) {
        requireNonNull(scores, "scores is null");
        requireNonNull(cutoff, "cutoff is null");
        requireNonNull(model, "model is null");
        requireNonNull(scoredAt, "scoredAt is null");
        // One transaction: a reader never sees the table emptied but not yet refilled.
        store.transaction(connection -> {
            try (Statement statement = connection.createStatement();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO churn_scores VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.execute("DELETE FROM churn_scores");
                for (ChurnScore score : scores) {
                    insert.setString(1, score.customerId());
                    insert.setDouble(2, score.probability());
                    insert.setString(3, score.reasonText());
                    insert.setObject(4, cutoff);
                    insert.setString(5, model);
                    insert.setTimestamp(6, Timestamp.from(scoredAt));
                    // Row by row: DuckDB's executeBatch opens a transaction of its own, and this
                    // runs inside the store's.
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The stored scores at or above a probability, riskiest first, with the customer's monthly charge. */
    public ChurnRiskReport report(double threshold, double highValueMonthlyCharge, int limit) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw TouchpointException.userError("the risk threshold must be between 0 and 1, was " + threshold);
        }
        String sql = """
                SELECT s.customer_id, s.probability, s.reasons, s.cutoff, c.monthly_charge,
                       (SELECT count(*) FROM churn_scores) AS scored
                FROM churn_scores s LEFT JOIN customers c ON c.id = s.customer_id
                WHERE s.probability >= ?
                ORDER BY s.probability DESC, s.customer_id
                LIMIT ?""";
        try (PreparedStatement statement = store.duckdb().prepareStatement(sql)) {
            statement.setDouble(1, threshold);
            statement.setInt(2, limit);
            List<ChurnRiskReport.AtRiskCustomer> customers = new java.util.ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    double charge = result.getDouble(5);
                    Double monthlyCharge = result.wasNull() ? null : charge;
                    String reasons = result.getString(3);
                    customers.add(new ChurnRiskReport.AtRiskCustomer(result.getString(1), result.getDouble(2),
                            reasons.isEmpty() ? List.of() : List.of(reasons.split("; ")), monthlyCharge,
                            monthlyCharge != null && monthlyCharge >= highValueMonthlyCharge));
                }
            }
            return new ChurnRiskReport(threshold, highValueMonthlyCharge, customers);
        } catch (SQLException e) {
            throw TouchpointException.external("could not read churn scores: " + e.getMessage(), e);
        }
    }
}
