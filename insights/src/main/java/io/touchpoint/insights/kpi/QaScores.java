package io.touchpoint.insights.kpi;

import io.touchpoint.core.TouchpointException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where the QA score KPI comes from. The machine's score is a {@code qa} finding per scorecard;
 * once the quality module's tables exist, its {@code quality_final_scores} view gives the score a
 * reviewer confirmed or overturned where a person answered, and the machine's elsewhere: the KPI
 * must show the human answer (issue #8), so it reads the view when it is there.
 */
public final class QaScores {

    private QaScores() {
    }

    /** Whether the store has the quality module's final scores. */
    public static boolean reviewsAvailable(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM duckdb_views() WHERE view_name = 'quality_final_scores'");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the view list: " + e.getMessage(), e);
        }
    }

    /**
     * A query of {@code (interaction_id, qa_score)}: the mean over an interaction's scorecards of
     * the final score (reviewed where reviewed), or of the machine's {@code qa} findings.
     *
     * @param restrictTo an SQL set of interaction ids to limit the scan to, or null for all
     */
    public static String perInteraction(boolean reviews, String restrictTo) {
        String where = restrictTo == null ? "" : " AND interaction_id IN (" + restrictTo + ")";
        if (reviews) {
            return "SELECT interaction_id, avg(final_score) AS qa_score FROM quality_final_scores WHERE TRUE" + where
                    + " GROUP BY interaction_id";
        }
        // One row per evidence in findings: take each scorecard's score once.
        return "SELECT interaction_id, avg(score) AS qa_score FROM (SELECT interaction_id, name, any_value(score) AS score"
                + " FROM findings WHERE type = 'qa'" + where + " GROUP BY interaction_id, name) GROUP BY interaction_id";
    }

    /**
     * A token that changes whenever a reviewer changes a final score, so cached facts built before
     * a review are seen as stale; empty when the store has no quality tables.
     */
    public static String reviewRevision(Connection connection) {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'quality_reviewed_scores'");
                ResultSet table = exists.executeQuery()) {
            table.next();
            if (table.getLong(1) == 0) {
                return "";
            }
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the table list: " + e.getMessage(), e);
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) || ':' || "
                + "coalesce(CAST(max(updated_at) AS VARCHAR), '') || ':' || coalesce(CAST(sum(final_score) AS VARCHAR), '') "
                + "FROM quality_reviewed_scores");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the reviewed QA scores: " + e.getMessage(), e);
        }
    }
}
