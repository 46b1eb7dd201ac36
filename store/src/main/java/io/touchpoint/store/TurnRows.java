package io.touchpoint.store;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends turns straight into the {@code turns} table. DuckDB's Appender joins the
 * connection's open transaction, so the rows commit or roll back with the rest of the write;
 * turns need no staging (no key to resolve, no conflict to check: the writer deletes an
 * interaction's old turns first), and skipping it saved copying the largest table of a batch.
 */
final class TurnRows {

    private TurnRows() {
    }

    /** The caller holds the write transaction. */
    static void append(DuckDBConnection connection, Collection<Interaction> interactions, long seq)
            throws SQLException {
        if (interactions.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "turns")) {
            for (Interaction interaction : interactions) {
                List<Turn> turns = interaction.turns();
                for (int i = 0; i < turns.size(); i++) {
                    Turn turn = turns.get(i);
                    appender.beginRow()
                            .append(interaction.id())
                            .append(i)
                            .append(turn.speaker().wireName())
                            .append(turn.startMs())
                            .append(turn.endMs())
                            .append(turn.text())
                            .append(turn.confidence())
                            .append(seq)
                            .endRow();
                }
            }
        }
    }
}
