package io.touchpoint.store;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.model.Interaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The DuckDB side of storing analysis results: findings, analyzed turn text, analysis state. */
final class AnalysisWriter {

    record Staged(List<Interaction> interactions, long minSeq, long maxSeq, int findingRows, int turns) {
    }

    private final DuckDBConnection connection;
    private final StagingTables staging;

    AnalysisWriter(DuckDBConnection connection, StagingTables staging) {
        this.connection = connection;
        this.staging = staging;
    }

    /**
     * Stages the results (the last result for an interaction wins).
     *
     * @throws TouchpointException USER_ERROR when an analyzed interaction is not in the store
     */
    Staged stage(List<AnalyzedInteraction> analyzed) throws SQLException {
        staging.clear();
        Map<String, AnalyzedInteraction> byId = new LinkedHashMap<>();
        for (AnalyzedInteraction result : analyzed) {
            byId.put(result.interaction().id(), result);
        }
        List<Interaction> interactions = byId.values().stream().map(AnalyzedInteraction::interaction).toList();
        staging.appendAnalyzed(interactions);
        int findingRows = 0;
        try (DuckDBAppender appender = staging.findingsAppender()) {
            for (AnalyzedInteraction result : byId.values()) {
                findingRows += staging.appendFindings(result.interaction().id(), result.findings(), appender);
            }
        }
        long minSeq = Long.MAX_VALUE;
        long maxSeq = Long.MIN_VALUE;
        List<String> missing = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT s.id, i.batch_seq FROM stage_analyzed s LEFT JOIN interactions i ON i.id = s.id
                        ORDER BY s.id""")) {
            while (rows.next()) {
                long seq = rows.getLong(2);
                if (rows.wasNull()) {
                    missing.add(rows.getString(1));
                } else {
                    minSeq = Math.min(minSeq, seq);
                    maxSeq = Math.max(maxSeq, seq);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw TouchpointException.userError("cannot store analysis results for " + missing.size()
                    + " interaction(s) that are not in the store, e.g. " + missing.subList(0, Math.min(5, missing.size()))
                    + "; ingest them first");
        }
        int turns = interactions.stream().mapToInt(interaction -> interaction.turns().size()).sum();
        return new Staged(interactions, minSeq, maxSeq, findingRows, turns);
    }

    /** Replaces findings and turn text of the staged interactions; the caller holds the transaction. */
    void apply(Staged staged, long seq, long nowMicros, String pipelineVersion) throws SQLException {
        update("DELETE FROM findings WHERE interaction_id IN (SELECT id FROM stage_analyzed)");
        update("INSERT INTO findings SELECT *, ? FROM stage_findings", pipelineVersion);
        update("""
                DELETE FROM turns
                WHERE batch_seq BETWEEN ? AND ? AND interaction_id IN (SELECT id FROM stage_analyzed)""",
                staged.minSeq(), staged.maxSeq());
        TurnRows.append(connection, staged.interactions(), seq);
        // batch_seq moves so that an index behind this write re-reads the new text.
        update("""
                UPDATE interactions
                SET batch_seq = ?, turn_count = s.turn_count, preview = s.preview,
                    language = coalesce(s.language, interactions.language)
                FROM stage_analyzed s WHERE interactions.id = s.id""", seq);
        update("""
                INSERT OR REPLACE INTO analysis_state
                SELECT s.id, i.content_hash, ?, make_timestamp(?)
                FROM stage_analyzed s JOIN interactions i ON i.id = s.id""", pipelineVersion, nowMicros);
        update("INSERT INTO batches VALUES (?, 'analysis', make_timestamp(?), ?, ?, 0, 0, 0, ?)",
                seq, nowMicros, staged.interactions().size(), staged.turns(), staged.findingRows());
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
