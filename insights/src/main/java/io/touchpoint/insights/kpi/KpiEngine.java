package io.touchpoint.insights.kpi;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.facts.InteractionFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes contact-center KPIs on the store's DuckDB database as one SQL statement: every measure of
 * every group comes out of a single scan with common table expressions, so the work stays in DuckDB's
 * vectorized engine and nothing is computed per row in Java.
 *
 * <pre>{@code
 * KpiResult result = KpiEngine.run(store.duckdb(), KpiQuery.by("queue,channel")
 *         .between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")));
 * for (KpiRow row : result.rows()) { ... row.volume(), row.value(Kpi.AHT_S) ... }
 * }</pre>
 *
 * <p>Definitions (also in docs/kpi.md): silence is a gap longer than {@value #SILENCE_MS} ms between
 * the end of one turn and the start of the next; hold is a gap longer than {@value #HOLD_MS} ms. Turn
 * timings only mean speech on voice calls, so talk, silence and hold are averaged over voice calls.
 */
public final class KpiEngine {

    /** A gap between turns longer than this is silence. */
    public static final long SILENCE_MS = 3_000;
    /** A gap between turns longer than this is a hold (and also silence). */
    public static final long HOLD_MS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(KpiEngine.class);

    private KpiEngine() {
    }

    /**
     * Runs {@code query} on a connection to a Touchpoint store (for example {@code store.duckdb()}); the
     * connection is not closed.
     *
     * @throws TouchpointException (external) when the database fails
     */
    public static KpiResult run(Connection connection, KpiQuery query) {
        requireNonNull(connection, "connection is null");
        requireNonNull(query, "query is null");
        boolean facts = InteractionFacts.isFresh(connection);
        Statement statement = facts ? factsSql(query) : sql(query, QaScores.reviewsAvailable(connection));
        long start = System.nanoTime();
        List<KpiRow> rows = new ArrayList<>();
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                prepared.setObject(i + 1, statement.parameters().get(i));
            }
            try (ResultSet result = prepared.executeQuery()) {
                int dimensions = query.dimensions().size();
                while (result.next()) {
                    List<String> values = new ArrayList<>(dimensions);
                    for (int d = 0; d < dimensions; d++) {
                        values.add(result.getString(d + 1));
                    }
                    long volume = result.getLong("volume");
                    Map<Kpi, Double> measures = new EnumMap<>(Kpi.class);
                    for (Kpi kpi : Kpi.values()) {
                        double value = result.getDouble(kpi.column());
                        if (!result.wasNull()) {
                            measures.put(kpi, value);
                        }
                    }
                    rows.add(new KpiRow(values, volume, measures));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("KPI query by [" + KpiDimension.describe(query.dimensions())
                    + "] failed: " + e.getMessage(), e);
        }
        LOG.debug("KPIs by [{}] from the {}: {} groups in {} ms", KpiDimension.describe(query.dimensions()),
                facts ? "fact table" : "raw tables", rows.size(), Duration.ofNanos(System.nanoTime() - start).toMillis());
        return new KpiResult(query, rows);
    }

    /** The SQL text and its positional parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
        Statement {
            requireNonNull(sql, "sql is null");
            parameters = List.copyOf(parameters);
        }
    }

    static Statement sql(KpiQuery query) {
        return sql(query, false);
    }

    /** @param reviews read QA scores from the quality module's final (reviewed) scores */
    static Statement sql(KpiQuery query, boolean reviews) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();

        // base: the interactions being measured.
        sql.append("""
                WITH base AS (
                    SELECT id, channel, direction, started_at, duration_ms, resolved_customer_id, agent_id, queue,
                           transferred, csat
                    FROM interactions
                    WHERE TRUE""");
        query.fromInstant().ifPresent(from -> {
            sql.append(" AND started_at >= CAST(? AS TIMESTAMP)");
            parameters.add(timestamp(from));
        });
        query.toInstant().ifPresent(to -> {
            sql.append(" AND started_at < CAST(? AS TIMESTAMP)");
            parameters.add(timestamp(to));
        });
        in(sql, parameters, "channel", query.channels());
        in(sql, parameters, "queue", query.queues());
        in(sql, parameters, "agent_id", query.agents());
        sql.append("\n),\n");

        // reason: the contact reason is the first category an analyzer found.
        sql.append("""
                reason AS (
                    SELECT interaction_id, arg_min(name, finding_index) AS path
                    FROM findings
                    WHERE type = 'category'
                    GROUP BY interaction_id
                ),
                """);

        // scope: every contact that may repeat a measured one, on any channel and queue (filters do not
        // apply: a repeat call in another queue still means the first contact did not resolve it), up to
        // fcrDays past the window.
        sql.append("""
                scope AS (
                    SELECT id, started_at, resolved_customer_id
                    FROM interactions
                    WHERE resolved_customer_id IS NOT NULL""");
        query.fromInstant().ifPresent(from -> {
            sql.append(" AND started_at >= CAST(? AS TIMESTAMP)");
            parameters.add(timestamp(from));
        });
        query.toInstant().ifPresent(to -> {
            sql.append(" AND started_at < CAST(? AS TIMESTAMP)");
            parameters.add(timestamp(to.plus(Duration.ofDays(query.fcrDays()))));
        });
        sql.append("\n),\n");

        // repeats: the customer's next contact with the same reason (an unknown reason matches an unknown
        // reason, so an unanalyzed store measures plain repeat contact).
        sql.append("""
                repeats AS (
                    SELECT s.id, s.started_at,
                           lead(s.started_at) OVER (PARTITION BY s.resolved_customer_id, r.path
                                                    ORDER BY s.started_at, s.id) AS next_at
                    FROM scope s LEFT JOIN reason r ON r.interaction_id = s.id
                ),
                """);

        // speech: talk, silence and hold of each measured voice call from its turns' timings.
        sql.append("""
                speech AS (
                    SELECT interaction_id,
                           sum(end_ms - start_ms) AS talk_ms,
                           coalesce(sum(gap_ms) FILTER (WHERE gap_ms > %d), 0) AS silence_ms,
                           coalesce(sum(gap_ms) FILTER (WHERE gap_ms > %d), 0) AS hold_ms
                    FROM (
                        SELECT t.interaction_id, t.start_ms, t.end_ms,
                               t.start_ms - lag(t.end_ms) OVER (PARTITION BY t.interaction_id ORDER BY t.turn_index)
                                   AS gap_ms
                        FROM turns t
                        WHERE t.interaction_id IN (SELECT id FROM base WHERE channel = 'voice')
                    )
                    GROUP BY interaction_id
                ),
                """.formatted(SILENCE_MS, HOLD_MS));

        // signals: analyzer findings per measured interaction (one row per evidence, so aggregate).
        sql.append("""
                signals AS (
                    SELECT interaction_id,
                           bool_or(type = 'event' AND name = 'escalation_request') AS escalated,
                           avg(score) FILTER (WHERE type = 'sentiment.speaker' AND name = 'customer')
                               AS customer_sentiment
                    FROM findings
                    WHERE type IN ('event', 'sentiment.speaker')
                      AND interaction_id IN (SELECT id FROM base)
                    GROUP BY interaction_id
                ),
                qa AS (
                """).append(QaScores.perInteraction(reviews, "SELECT id FROM base")).append("""
                )
                """);

        List<KpiDimension> dimensions = query.dimensions();
        sql.append("SELECT ");
        for (int d = 0; d < dimensions.size(); d++) {
            sql.append(dimensions.get(d).sql()).append(" AS d").append(d).append(", ");
        }
        long earlyMs = query.earlyTransferSeconds() * 1000L;
        sql.append("""
                count(*) AS volume,
                    avg(b.duration_ms) FILTER (WHERE b.channel IN ('voice', 'chat')) / 1000.0 AS aht_s,
                    avg(sp.talk_ms) / 1000.0 AS talk_s,
                    avg(sp.silence_ms) / 1000.0 AS silence_s,
                    avg(sp.hold_ms) / 1000.0 AS hold_s,
                    avg(CAST(b.transferred AS DOUBLE)) AS transfer_rate,
                    avg(CASE WHEN b.transferred IS NULL THEN NULL
                             WHEN b.transferred AND b.duration_ms <= %d THEN 1.0 ELSE 0.0 END) AS early_transfer_rate,
                    avg(CASE WHEN rp.id IS NULL THEN NULL
                             WHEN rp.next_at IS NULL OR rp.next_at > rp.started_at + INTERVAL %d DAY THEN 1.0
                             ELSE 0.0 END) AS fcr_rate,
                    avg(CASE WHEN st.interaction_id IS NULL THEN NULL
                             WHEN sg.escalated THEN 1.0 ELSE 0.0 END) AS escalation_rate,
                    avg(sg.customer_sentiment) AS customer_sentiment,
                    avg(b.csat) AS csat,
                    avg(qa.qa_score) AS qa_score
                FROM base b
                LEFT JOIN qa ON qa.interaction_id = b.id
                LEFT JOIN reason r ON r.interaction_id = b.id
                LEFT JOIN repeats rp ON rp.id = b.id
                LEFT JOIN speech sp ON sp.interaction_id = b.id
                LEFT JOIN signals sg ON sg.interaction_id = b.id
                LEFT JOIN analysis_state st ON st.interaction_id = b.id
                """.formatted(earlyMs, query.fcrDays()));
        if (dimensions.contains(KpiDimension.TEAM)) {
            sql.append("LEFT JOIN agents ag ON ag.id = b.agent_id\n");
        }
        groupAndOrder(sql, dimensions);
        return new Statement(sql.toString(), parameters);
    }

    /**
     * The statement over the pre-aggregated fact table ({@link InteractionFacts}): one scan of the window's rows
     * and one {@code GROUP BY}, with the same definitions as {@link #sql}.
     */
    static Statement factsSql(KpiQuery query) {
        List<Object> parameters = new ArrayList<>();
        List<KpiDimension> dimensions = query.dimensions();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int d = 0; d < dimensions.size(); d++) {
            sql.append(dimensions.get(d).factsSql()).append(" AS d").append(d).append(", ");
        }
        long earlyMs = query.earlyTransferSeconds() * 1000L;
        sql.append("""
                count(*) AS volume,
                    avg(b.duration_ms) FILTER (WHERE b.channel IN ('voice', 'chat')) / 1000.0 AS aht_s,
                    avg(b.talk_ms) / 1000.0 AS talk_s,
                    avg(b.silence_ms) / 1000.0 AS silence_s,
                    avg(b.hold_ms) / 1000.0 AS hold_s,
                    avg(CAST(b.transferred AS DOUBLE)) AS transfer_rate,
                    avg(CASE WHEN b.transferred IS NULL THEN NULL
                             WHEN b.transferred AND b.duration_ms <= %d THEN 1.0 ELSE 0.0 END) AS early_transfer_rate,
                    avg(CASE WHEN b.resolved_customer_id IS NULL THEN NULL
                             WHEN b.next_same_reason_at IS NULL
                                  OR b.next_same_reason_at > b.started_at + INTERVAL %d DAY THEN 1.0
                             ELSE 0.0 END) AS fcr_rate,
                    avg(CASE WHEN NOT b.analyzed THEN NULL WHEN b.escalated THEN 1.0 ELSE 0.0 END) AS escalation_rate,
                    avg(b.customer_sentiment) AS customer_sentiment,
                    avg(b.csat) AS csat,
                    avg(b.qa_score) AS qa_score
                FROM insight_interaction_facts b
                """.formatted(earlyMs, query.fcrDays()));
        if (dimensions.contains(KpiDimension.TEAM)) {
            sql.append("LEFT JOIN agents ag ON ag.id = b.agent_id\n");
        }
        sql.append("WHERE TRUE");
        query.fromInstant().ifPresent(from -> {
            sql.append(" AND b.started_at >= CAST(? AS TIMESTAMP)");
            parameters.add(timestamp(from));
        });
        query.toInstant().ifPresent(to -> {
            sql.append(" AND b.started_at < CAST(? AS TIMESTAMP)");
            parameters.add(timestamp(to));
        });
        in(sql, parameters, "b.channel", query.channels());
        in(sql, parameters, "b.queue", query.queues());
        in(sql, parameters, "b.agent_id", query.agents());
        sql.append('\n');
        groupAndOrder(sql, dimensions);
        return new Statement(sql.toString(), parameters);
    }

    /** GROUP BY and ORDER BY the dimension columns d0, d1...; both statements end this way. */
    private static void groupAndOrder(StringBuilder sql, List<KpiDimension> dimensions) {
        StringBuilder positions = new StringBuilder();
        for (int d = 0; d < dimensions.size(); d++) {
            positions.append(d == 0 ? "" : ", ").append("d").append(d);
        }
        if (!dimensions.isEmpty()) {
            sql.append("GROUP BY ").append(positions).append('\n');
        }
        // Without dimensions SQL still returns one (empty) group; a result only lists groups that exist.
        sql.append("HAVING count(*) > 0\n");
        if (!dimensions.isEmpty()) {
            sql.append("ORDER BY ").append(positions.toString().replace(",", " NULLS LAST,")).append(" NULLS LAST\n");
        }
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            parameters.add(values.get(i));
        }
        sql.append(')');
    }

    /** DuckDB TIMESTAMP text in UTC: the store keeps times as UTC without a zone. */
    private static String timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
