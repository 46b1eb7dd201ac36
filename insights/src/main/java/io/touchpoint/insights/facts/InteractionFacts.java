package io.touchpoint.insights.facts;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.InsightsSchema;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.QaScores;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-interaction fact table {@code insight_interaction_facts}: one row per interaction with its contact
 * reason, talk / silence / hold, escalation, customer sentiment, QA score and the same customer's next contact
 * with the same reason, computed once from interactions, turns and findings. KPIs, quantification, trends and
 * objectives read it instead of scanning turns and findings on every query.
 *
 * <p>The table is a cache: it records the store's last write ({@code max(batches.seq)}) it was built for, and
 * {@link #ensureFresh} rebuilds it when an ingest or analysis has written since. A rebuild is a full
 * {@code DELETE} + {@code INSERT ... SELECT} in one transaction (readers see the old or the new table, never
 * half of it), rows ordered by start time so that DuckDB's min-max zone maps skip row groups outside a date
 * window.
 *
 * <pre>{@code
 * InteractionFacts.ensureFresh(store);                       // after ingest or analyze
 * KpiEngine.run(store.duckdb(), KpiQuery.by("queue"));       // now reads the facts
 * }</pre>
 */
public final class InteractionFacts {

    /** The table's name. */
    public static final String TABLE = "insight_interaction_facts";

    private static final Logger LOG = LoggerFactory.getLogger(InteractionFacts.class);

    /** What a rebuild did. */
    public record Build(long rows, long forSeq, long millis, boolean rebuilt) {
    }

    private InteractionFacts() {
    }

    /** Rebuilds the fact table when the store has been written since it was built; returns what it did. */
    public static Build ensureFresh(TouchpointStore store) {
        requireNonNull(store, "store is null");
        InsightsSchema.ensure(store);
        if (isFresh(store.duckdb())) {
            return new Build(-1, lastSeq(store.duckdb()), 0, false);
        }
        return rebuild(store, true);
    }

    /** Rebuilds the fact table now, whatever its state. */
    public static Build refresh(TouchpointStore store) {
        requireNonNull(store, "store is null");
        InsightsSchema.ensure(store);
        return rebuild(store, false);
    }

    private static Build rebuild(TouchpointStore store, boolean onlyIfStale) {
        long start = System.nanoTime();
        Build build = store.transaction(connection -> {
            long seq = lastSeq(connection);
            String reviews = QaScores.reviewRevision(connection);
            if (onlyIfStale && builtForSeq(connection) == seq && reviews.equals(builtForReviews(connection))) {
                // Another thread (a server request) rebuilt it while this one waited for the write lock.
                return new Build(-1, seq, 0, false);
            }
            long rows;
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM " + TABLE);
                rows = statement.executeUpdate(insertSql(QaScores.reviewsAvailable(connection)));
                statement.execute("DELETE FROM insight_facts_state");
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            try (PreparedStatement state = connection.prepareStatement(
                    "INSERT INTO insight_facts_state VALUES (1, ?, now()::TIMESTAMP, ?, ?, ?)")) {
                state.setLong(1, seq);
                state.setLong(2, rows);
                state.setLong(3, millis);
                state.setString(4, reviews);
                state.executeUpdate();
            }
            return new Build(rows, seq, millis, true);
        });
        if (build.rebuilt()) {
            LOG.info("Interaction facts rebuilt: {} rows for write {} in {} ms", build.rows(), build.forSeq(),
                    build.millis());
        }
        return build;
    }

    /**
     * True when {@code connection}'s database has a fact table built for its latest write, so that a query may
     * read it instead of the raw tables.
     */
    public static boolean isFresh(Connection connection) {
        requireNonNull(connection, "connection is null");
        try {
            if (!tableExists(connection)) {
                return false;
            }
            return builtForSeq(connection) == lastSeq(connection)
                    && QaScores.reviewRevision(connection).equals(builtForReviews(connection));
        } catch (TouchpointException e) {
            LOG.debug("fact table state unreadable, using the raw tables: {}", e.getMessage());
            return false;
        }
    }

    private static boolean tableExists(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'insight_facts_state'")) {
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the table list: " + e.getMessage(), e);
        }
    }

    private static long lastSeq(Connection connection) {
        return single(connection, "SELECT coalesce(max(seq), 0) FROM batches", 0);
    }

    private static String builtForReviews(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(built_for_reviews), '') FROM insight_facts_state");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the fact table state: " + e.getMessage(), e);
        }
    }

    private static long builtForSeq(Connection connection) {
        return single(connection, "SELECT coalesce(max(built_for_seq), -1) FROM insight_facts_state", -1);
    }

    private static long single(Connection connection, String sql, long fallback) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : fallback;
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the fact table state: " + e.getMessage(), e);
        }
    }

    /*
     * The same definitions as KpiEngine's raw statement (docs/kpi.md): the reason is the first category
     * finding; talk / silence / hold come from the gaps between consecutive turns of voice calls; the next
     * same-reason contact is looked for over all contacts of the customer (a window filter at query time then
     * gives the same FCR as the raw statement, which only looks past the window's end by fcrDays).
     */
    private static String insertSql(boolean reviews) {
        return INSERT_SQL.formatted(KpiEngine.SILENCE_MS, KpiEngine.HOLD_MS, QaScores.perInteraction(reviews, null));
    }

    private static final String INSERT_SQL = """
            INSERT INTO insight_interaction_facts
            WITH reason AS (
                SELECT interaction_id, arg_min(name, finding_index) AS path
                FROM findings WHERE type = 'category'
                GROUP BY interaction_id
            ),
            speech AS (
                SELECT interaction_id,
                       sum(end_ms - start_ms) AS talk_ms,
                       coalesce(sum(gap_ms) FILTER (WHERE gap_ms > %d), 0) AS silence_ms,
                       coalesce(sum(gap_ms) FILTER (WHERE gap_ms > %d), 0) AS hold_ms
                FROM (
                    SELECT t.interaction_id, t.start_ms, t.end_ms,
                           t.start_ms - lag(t.end_ms) OVER (PARTITION BY t.interaction_id ORDER BY t.turn_index) AS gap_ms
                    FROM turns t
                    WHERE t.interaction_id IN (SELECT id FROM interactions WHERE channel = 'voice')
                )
                GROUP BY interaction_id
            ),
            signals AS (
                SELECT interaction_id,
                       bool_or(type = 'event' AND name = 'escalation_request') AS escalated,
                       avg(score) FILTER (WHERE type = 'sentiment.speaker' AND name = 'customer') AS customer_sentiment
                FROM findings
                WHERE type IN ('event', 'sentiment.speaker')
                GROUP BY interaction_id
            ),
            qa AS (%s),
            joined AS (
                SELECT i.id, i.channel, i.direction, i.started_at, i.duration_ms, i.resolved_customer_id, i.agent_id,
                       i.queue, i.transferred, i.csat, r.path AS reason, sp.talk_ms, sp.silence_ms, sp.hold_ms,
                       st.interaction_id IS NOT NULL AS analyzed, coalesce(sg.escalated, false) AS escalated,
                       sg.customer_sentiment, qa.qa_score
                FROM interactions i
                LEFT JOIN reason r ON r.interaction_id = i.id
                LEFT JOIN speech sp ON sp.interaction_id = i.id
                LEFT JOIN signals sg ON sg.interaction_id = i.id
                LEFT JOIN qa ON qa.interaction_id = i.id
                LEFT JOIN analysis_state st ON st.interaction_id = i.id
            )
            SELECT *,
                   CASE WHEN resolved_customer_id IS NULL THEN NULL
                        ELSE lead(started_at) OVER (PARTITION BY resolved_customer_id, reason ORDER BY started_at, id)
                   END AS next_same_reason_at
            FROM joined
            ORDER BY started_at
            """;
}
