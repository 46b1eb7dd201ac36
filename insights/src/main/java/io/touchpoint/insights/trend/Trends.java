package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily series per category, event and KPI (and overall volume), optionally one per queue, channel or interaction
 * attribute value, with every day of the period present. Days are UTC days.
 *
 * <pre>{@code
 * List<DailySeries> series = Trends.daily(store, TrendSettings.defaults().withSplit("attribute:region"));
 * List<Anomaly> spikes = Anomalies.detect(series, AnomalySettings.defaults());
 * }</pre>
 */
public final class Trends {

    /** The KPI series and their per-interaction expressions (definitions of docs/kpi.md). */
    static final Map<String, String> KPIS = new LinkedHashMap<>();

    static {
        // Handle time on voice and chat only: an e-mail thread or web form lasts days of elapsed time, and one of
        // them would swing a day's mean (the same rule as quantification).
        KPIS.put("handle_time_s", "CASE WHEN f.channel IN ('voice', 'chat') THEN f.duration_ms / 1000.0 END");
        KPIS.put("repeat_rate", """
                CASE WHEN f.resolved_customer_id IS NULL THEN NULL
                     WHEN f.next_same_reason_at IS NOT NULL AND f.next_same_reason_at <= f.started_at + INTERVAL 7 DAY
                     THEN 1.0 ELSE 0.0 END""");
        KPIS.put("escalation_rate", "CASE WHEN f.analyzed THEN CAST(f.escalated AS DOUBLE) END");
        KPIS.put("customer_sentiment", "f.customer_sentiment");
    }

    /** The KPIs that are shares of interactions (0..1), whose daily noise is binomial. */
    static final java.util.Set<String> RATES = java.util.Set.of("repeat_rate", "escalation_rate");

    private Trends() {
    }

    /** Brings the fact table up to date, then builds the series. */
    public static List<DailySeries> daily(TouchpointStore store, TrendSettings settings) {
        requireNonNull(store, "store is null");
        InteractionFacts.ensureFresh(store);
        return daily(store.duckdb(), settings);
    }

    public static List<DailySeries> daily(Connection connection, TrendSettings settings) {
        requireNonNull(connection, "connection is null");
        requireNonNull(settings, "settings is null");
        StringBuilder sql = new StringBuilder(base(settings));
        sql.append("""
                SELECT 'volume' AS kind, 'all' AS name, segment, day, count(*) AS n, CAST(NULL AS DOUBLE) AS mean
                FROM f GROUP BY ALL
                UNION ALL
                SELECT feat.type, feat.name, f.segment, f.day, count(*), CAST(NULL AS DOUBLE)
                FROM f JOIN (SELECT DISTINCT interaction_id, type, name FROM findings WHERE type IN ('category', 'event')) feat
                     ON feat.interaction_id = f.interaction_id
                GROUP BY ALL
                """);
        for (Map.Entry<String, String> kpi : KPIS.entrySet()) {
            sql.append("UNION ALL\nSELECT 'kpi', '").append(kpi.getKey()).append("', segment, day, count(v), avg(v) FROM ")
                    .append("(SELECT f.segment, f.day, ").append(kpi.getValue()).append(" AS v FROM f) GROUP BY ALL\n");
        }
        Map<String, Map<LocalDate, SeriesPoint>> points = new LinkedHashMap<>();
        Map<String, String[]> keys = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        try (PreparedStatement statement = prepare(connection, sql.toString(), settings);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String kind = rows.getString(1);
                String name = rows.getString(2);
                String segment = rows.getString(3);
                LocalDate day = rows.getDate(4).toLocalDate();
                long count = rows.getLong(5);
                double mean = rows.getDouble(6);
                boolean isKpi = kind.equals("kpi");
                if (isKpi && count == 0) {
                    continue;
                }
                String key = kind + "\u0000" + name + "\u0000" + segment;
                keys.putIfAbsent(key, new String[] {kind, name, segment});
                points.computeIfAbsent(key, k -> new HashMap<>())
                        .put(day, new SeriesPoint(day, isKpi ? mean : count, count));
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        } catch (SQLException e) {
            throw TouchpointException.external("trend query failed: " + e.getMessage(), e);
        }
        List<DailySeries> series = new ArrayList<>();
        if (first == null) {
            return series;
        }
        for (Map.Entry<String, Map<LocalDate, SeriesPoint>> entry : points.entrySet()) {
            String[] key = keys.get(entry.getKey());
            boolean isKpi = key[0].equals("kpi");
            long total = entry.getValue().values().stream().mapToLong(SeriesPoint::count).sum();
            if (total < settings.minTotal()) {
                continue;
            }
            List<SeriesPoint> dense = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                SeriesPoint point = entry.getValue().get(day);
                dense.add(point != null ? point : new SeriesPoint(day, isKpi ? Double.NaN : 0, 0));
            }
            String measure = !isKpi ? DailySeries.COUNT : RATES.contains(key[1]) ? DailySeries.RATE : DailySeries.MEAN;
            series.add(new DailySeries(key[0], key[1], key[2], measure, dense));
        }
        series.sort(java.util.Comparator.comparing(DailySeries::kind).thenComparing(DailySeries::name)
                .thenComparing(s -> s.segment() == null ? "" : s.segment()));
        return series;
    }

    /**
     * The interactions of one series on one day (most recent first, at most {@code limit}): the drill-down of a
     * point or an anomaly.
     */
    public static List<String> interactionIds(Connection connection, TrendSettings settings, String kind, String name,
                                              String segment, LocalDate day, int limit) {
        StringBuilder sql = new StringBuilder(base(settings));
        sql.append("SELECT f.interaction_id FROM f WHERE f.day = CAST(? AS DATE)");
        if (segment != null) {
            sql.append(" AND f.segment = ?");
        }
        if (kind.equals("category") || kind.equals("event")) {
            sql.append(" AND f.interaction_id IN (SELECT interaction_id FROM findings WHERE type = ? AND name = ?)");
        }
        sql.append(" ORDER BY f.started_at DESC, f.interaction_id LIMIT ").append(Math.max(0, limit));
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql.toString(), settings)) {
            int index = 3;
            statement.setString(index++, day.toString());
            if (segment != null) {
                statement.setString(index++, segment);
            }
            if (kind.equals("category") || kind.equals("event")) {
                statement.setString(index++, kind);
                statement.setString(index, name);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("trend drill-down query failed: " + e.getMessage(), e);
        }
        return ids;
    }

    private static String base(TrendSettings settings) {
        boolean attributes = settings.split() != null && settings.split().startsWith("attribute:");
        return """
                WITH f AS (
                    SELECT f.*, %s AS segment, CAST(f.started_at AS DATE) AS day
                    FROM insight_interaction_facts f %s
                    WHERE f.started_at >= CAST(? AS TIMESTAMP) AND f.started_at < CAST(? AS TIMESTAMP)
                )
                """.formatted(settings.splitSql(), attributes ? "JOIN interactions i ON i.id = f.interaction_id" : "");
    }

    private static PreparedStatement prepare(Connection connection, String sql, TrendSettings settings)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, timestamp(settings.from() == null ? Instant.EPOCH : settings.from()));
        statement.setString(2, timestamp(settings.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : settings.to()));
        return statement;
    }

    private static String timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
