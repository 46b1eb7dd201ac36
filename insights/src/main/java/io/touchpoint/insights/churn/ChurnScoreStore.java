package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.sql.Connection;
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
 * (one row per customer, replaced on each scoring run).
 *
 * <p>The table is created here with CREATE TABLE IF NOT EXISTS until the store gets a migration
 * for it; the columns are the ones that migration should have.
 */
public final class ChurnScoreStore {

    static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS churn_scores (
                customer_id VARCHAR PRIMARY KEY,
                probability DOUBLE NOT NULL,
                reasons     VARCHAR NOT NULL,   -- the reason sentences joined with '; ', strongest first
                cutoff      DATE NOT NULL,      -- features were taken from before this day
                model       VARCHAR NOT NULL,   -- which model file scored it
                scored_at   TIMESTAMP NOT NULL
            )""";

    private final Connection connection;

    public ChurnScoreStore(Connection connection) {
        this.connection = requireNonNull(connection, "connection is null");
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
        } catch (SQLException e) {
            throw TouchpointException.external("could not create the churn_scores table: " + e.getMessage(), e);
        }
    }

    /** Replaces all stored scores with these (customers no longer scored, e.g. churned, drop out). */
    public void replaceAll(List<ChurnScore> scores, LocalDate cutoff, String model, Instant scoredAt) {
        requireNonNull(scores, "scores is null");
        requireNonNull(cutoff, "cutoff is null");
        requireNonNull(model, "model is null");
        requireNonNull(scoredAt, "scoredAt is null");
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            // One transaction: a reader never sees the table emptied but not yet refilled.
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
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw TouchpointException.external("could not store churn scores: " + e.getMessage(), e);
        }
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
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
