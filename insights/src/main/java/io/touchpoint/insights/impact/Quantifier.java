package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.facts.IdList;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.insights.process.CostModel;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Quantifies every category and event: frequency, share of contacts, effects on handle time, repeat contacts,
 * customer sentiment and escalations against comparable interactions without it (same queue and channel, see
 * {@link StratifiedComparison}), and what those effects cost per year in money and FTEs under a {@link CostModel}.
 * The aggregation runs in DuckDB over the fact table; Java only combines per-stratum moments.
 *
 * <pre>{@code
 * Quantification result = Quantifier.quantify(store, CostModel.defaults(), QuantifySettings.defaults());
 * for (CategoryImpact impact : result.impacts()) { impact.name(); impact.yearlyCost(); impact.handleTime(); }
 * }</pre>
 */
public final class Quantifier {

    /** Metric names of {@link Effect#metric()}. */
    public static final String HANDLE_TIME = "handle_time_s";
    public static final String REPEAT_RATE = "repeat_rate";
    public static final String SENTIMENT = "customer_sentiment";
    public static final String ESCALATION_RATE = "escalation_rate";

    static final List<String> METRICS = List.of(HANDLE_TIME, REPEAT_RATE, SENTIMENT, ESCALATION_RATE);

    /** Categories (full path and top level) and events of each interaction. */
    static final String CATEGORIES_AND_EVENTS = """
            SELECT DISTINCT interaction_id, type AS kind, name FROM findings WHERE type IN ('category', 'event')
            UNION
            SELECT DISTINCT interaction_id, 'category' AS kind, split_part(name, '/', 1) AS name
            FROM findings WHERE type = 'category' AND strpos(name, '/') > 0""";

    /**
     * Agent behaviours the rules found missing where they applied (kind {@code behaviour}, named for the
     * behaviour): compared with every other interaction of the stratum.
     */
    public static final String MISSING_BEHAVIOURS = """
            SELECT DISTINCT interaction_id, 'behaviour' AS kind, name FROM findings
            WHERE type = 'behaviour' AND label = 'missing'""";

    /** The categories and events (the default features). */
    public static final String DEFAULT_FEATURES = CATEGORIES_AND_EVENTS;

    private Quantifier() {
    }

    /** Brings the fact table up to date, then quantifies every category and event of the store. */
    public static Quantification quantify(TouchpointStore store, CostModel cost, QuantifySettings settings) {
        requireNonNull(store, "store is null");
        InteractionFacts.ensureFresh(store);
        return quantify(store.duckdb(), cost, settings, CATEGORIES_AND_EVENTS);
    }

    /**
     * Quantifies the features {@code featureSql} yields (rows of interaction_id, kind, name) on a connection whose
     * fact table is fresh.
     */
    public static Quantification quantify(Connection connection, CostModel cost, QuantifySettings settings,
                                          String featureSql) {
        requireNonNull(connection, "connection is null");
        requireNonNull(cost, "cost is null");
        requireNonNull(settings, "settings is null");
        try {
            Period period = period(connection, settings);
            if (period.interactions() == 0) {
                return new Quantification(cost, settings, 0, 0, Double.NaN, List.of());
            }
            Map<String, Moments[]> strata = new HashMap<>();
            try (PreparedStatement statement = prepare(connection, settings, base(settings) + """
                    SELECT stratum, count(*) AS n, %s FROM f GROUP BY stratum""".formatted(MOMENTS))) {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        strata.put(rows.getString("stratum"), moments(rows));
                    }
                }
            }
            Map<Key, Map<String, Moments[]>> features = new LinkedHashMap<>();
            Map<Key, Long> counts = new HashMap<>();
            try (PreparedStatement statement = prepare(connection, settings, base(settings) + """
                    , feat AS (%s)
                    SELECT feat.kind, feat.name, f.stratum, count(*) AS n, %s
                    FROM f JOIN feat ON feat.interaction_id = f.interaction_id
                    GROUP BY ALL ORDER BY 1, 2, 3""".formatted(featureSql, MOMENTS))) {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Key key = new Key(rows.getString("kind"), rows.getString("name"));
                        features.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(rows.getString("stratum"),
                                moments(rows));
                        counts.merge(key, rows.getLong("n"), Long::sum);
                    }
                }
            }
            Map<Key, List<String>> ids = settings.maxIds() == 0 ? Map.of() : ids(connection, settings, featureSql);
            double yearFactor = 365.0 / period.days();
            List<CategoryImpact> impacts = new ArrayList<>();
            for (Map.Entry<Key, Map<String, Moments[]>> feature : features.entrySet()) {
                impacts.add(impact(feature.getKey(), feature.getValue(), strata, counts.get(feature.getKey()), period,
                        yearFactor, cost, settings, ids.getOrDefault(feature.getKey(), List.of())));
            }
            impacts.sort(Comparator.comparingDouble(CategoryImpact::yearlyCost).reversed()
                    .thenComparing(CategoryImpact::kind).thenComparing(CategoryImpact::name));
            return new Quantification(cost, settings, period.interactions(), period.days(), period.meanHandleSeconds(),
                    impacts);
        } catch (SQLException e) {
            throw TouchpointException.external("quantification query failed: " + e.getMessage(), e);
        }
    }

    private record Key(String kind, String name) {
    }

    record Period(long interactions, long days, double meanHandleSeconds) {
    }

    private static CategoryImpact impact(Key key, Map<String, Moments[]> byStratum, Map<String, Moments[]> strata,
                                         long count, Period period, double yearFactor, CostModel cost,
                                         QuantifySettings settings, List<String> ids) {
        Effect[] effects = new Effect[METRICS.size()];
        long[] withMetric = new long[METRICS.size()];
        Moments handle = Moments.EMPTY;
        for (int m = 0; m < METRICS.size(); m++) {
            int metric = m;
            Map<String, Moments> with = byStratum.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue()[metric]));
            Map<String, Moments> all = strata.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue()[metric]));
            withMetric[m] = with.values().stream().mapToLong(Moments::n).sum();
            boolean selfReferential = METRICS.get(m).equals(ESCALATION_RATE) && key.kind().equals(CategoryImpact.EVENT)
                    && key.name().equals("escalation_request");
            if (!selfReferential) {
                effects[m] = StratifiedComparison.compare(METRICS.get(m), with, all, settings.minStratumSize())
                        .orElse(null);
            }
        }
        for (Moments[] moments : byStratum.values()) {
            handle = handle.plus(moments[0]);
        }
        double handleMinutes = counts(effects[0], settings) ? effects[0].delta() * withMetric[0] * yearFactor / 60.0 : 0;
        double repeatMinutes = counts(effects[1], settings) && Double.isFinite(period.meanHandleSeconds())
                ? effects[1].delta() * withMetric[1] * yearFactor * period.meanHandleSeconds() / 60.0 : 0;
        double escalationMinutes = counts(effects[3], settings)
                ? effects[3].delta() * withMetric[3] * yearFactor * settings.minutesPerEscalation() : 0;
        double excessMinutes = handleMinutes + repeatMinutes + escalationMinutes;
        double handlingMinutes = handle.sum() * yearFactor / 60.0;
        return new CategoryImpact(key.kind(), key.name(), count, (double) count / period.interactions(),
                count * yearFactor, handle.mean(), effects[0], effects[1], effects[2], effects[3], handlingMinutes,
                handleMinutes, repeatMinutes, escalationMinutes, excessMinutes, excessMinutes * cost.costPerAgentMinute(), cost.fullTimeEquivalents(excessMinutes), ids);
    }

    private static boolean counts(Effect effect, QuantifySettings settings) {
        return effect != null && effect.significant(settings.alpha());
    }

    /** Per-interaction metrics of the period, with the queue/channel stratum. */
    static String base(QuantifySettings settings) {
        String channels = settings.handleTimeChannels().stream().sorted().map(channel -> "'" + channel + "'")
                .collect(Collectors.joining(", "));
        return """
                WITH f AS (
                    SELECT interaction_id, started_at, coalesce(queue, '(none)') || ' / ' || channel AS stratum,
                           CASE WHEN channel IN (%s) THEN duration_ms / 1000.0 END AS ht,
                           CASE WHEN resolved_customer_id IS NULL THEN NULL
                                WHEN next_same_reason_at IS NOT NULL
                                     AND next_same_reason_at <= started_at + INTERVAL %d DAY THEN 1.0
                                ELSE 0.0 END AS rep,
                           customer_sentiment AS sent,
                           CASE WHEN analyzed THEN CAST(escalated AS DOUBLE) END AS esc
                    FROM insight_interaction_facts
                    WHERE started_at >= CAST(? AS TIMESTAMP) AND started_at < CAST(? AS TIMESTAMP)
                )
                """.formatted(channels, settings.repeatDays());
    }

    private static final String MOMENTS = """
            count(ht) AS n0, sum(ht) AS s0, sum(ht * ht) AS q0,
            count(rep) AS n1, sum(rep) AS s1, sum(rep * rep) AS q1,
            count(sent) AS n2, sum(sent) AS s2, sum(sent * sent) AS q2,
            count(esc) AS n3, sum(esc) AS s3, sum(esc * esc) AS q3""";

    private static Moments[] moments(ResultSet rows) throws SQLException {
        Moments[] moments = new Moments[METRICS.size()];
        for (int m = 0; m < moments.length; m++) {
            moments[m] = new Moments(rows.getLong("n" + m), rows.getDouble("s" + m), rows.getDouble("q" + m));
        }
        return moments;
    }

    static PreparedStatement prepare(Connection connection, QuantifySettings settings, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, timestamp(settings.fromInstant().orElse(java.time.Instant.EPOCH)));
        statement.setString(2, timestamp(settings.toInstant().orElse(java.time.Instant.parse("9999-01-01T00:00:00Z"))));
        return statement;
    }

    static Period period(Connection connection, QuantifySettings settings) throws SQLException {
        try (PreparedStatement statement = prepare(connection, settings, base(settings) + """
                SELECT count(*), coalesce(date_diff('day', CAST(min(started_at) AS DATE), CAST(max(started_at) AS DATE)) + 1, 0),
                       avg(ht)
                FROM f""")) {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                double mean = rows.getDouble(3);
                return new Period(rows.getLong(1), rows.getLong(2), rows.wasNull() ? Double.NaN : mean);
            }
        }
    }

    private static Map<Key, List<String>> ids(Connection connection, QuantifySettings settings, String featureSql)
            throws SQLException {
        Map<Key, List<String>> ids = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, settings, base(settings) + """
                , feat AS (%s)
                SELECT feat.kind, feat.name,
                       array_slice(list(f.interaction_id ORDER BY f.started_at DESC, f.interaction_id), 1, %d) AS ids
                FROM f JOIN feat ON feat.interaction_id = f.interaction_id
                GROUP BY ALL""".formatted(featureSql, settings.maxIds()))) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(new Key(rows.getString(1), rows.getString(2)), IdList.of(rows.getArray(3)));
                }
            }
        }
        return ids;
    }

    static String timestamp(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
