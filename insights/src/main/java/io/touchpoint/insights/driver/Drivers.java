package io.touchpoint.insights.driver;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.facts.IdList;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.insights.impact.Effect;
import io.touchpoint.insights.impact.Moments;
import io.touchpoint.insights.impact.Quantifier;
import io.touchpoint.insights.impact.StratifiedComparison;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Driver analysis: which categories, events and missing agent behaviours drive negative customer sentiment, repeat
 * contacts, escalations and churn. For each outcome and feature, the outcome rate with the feature against comparable
 * interactions without it (same queue and channel, weighted by the interactions with it; see
 * {@link StratifiedComparison}); the effect size is the risk difference (and ratio), drivers are ranked by the
 * outcomes they add ({@code risk difference x count}). A comparison, not a causal model: a category that comes with
 * angry customers drives negative sentiment whether or not it causes it.
 *
 * <pre>{@code
 * DriverReport report = Drivers.analyze(store, 0.05);
 * report.of("churn");   // what the customers who left had in their contacts
 * }</pre>
 */
public final class Drivers {

    /** The outcomes, with the per-interaction SQL of each (1, 0 or NULL when unknown) over facts {@code f}. */
    public static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put("negative_sentiment", "CASE WHEN f.customer_sentiment IS NULL THEN NULL "
                + "WHEN f.customer_sentiment < 0 THEN 1.0 ELSE 0.0 END");
        OUTCOMES.put("repeat_contact", "CASE WHEN f.resolved_customer_id IS NULL THEN NULL "
                + "WHEN f.next_same_reason_at IS NOT NULL AND f.next_same_reason_at <= f.started_at + INTERVAL 7 DAY "
                + "THEN 1.0 ELSE 0.0 END");
        OUTCOMES.put("escalation", "CASE WHEN f.analyzed THEN CAST(f.escalated AS DOUBLE) END");
        // Churn: the customer left within 30 days of the contact; unknown when the CRM says nothing.
        OUTCOMES.put("churn", "CASE WHEN c.id IS NULL OR c.churned IS NULL THEN NULL "
                + "WHEN c.churned AND c.churn_date >= CAST(f.started_at AS DATE) "
                + "AND c.churn_date <= CAST(f.started_at AS DATE) + INTERVAL 30 DAY THEN 1.0 ELSE 0.0 END");
    }

    private static final int MIN_STRATUM_SIZE = 5;
    private static final int EXAMPLES = 5;

    private Drivers() {
    }

    public static DriverReport analyze(TouchpointStore store, double alpha) {
        requireNonNull(store, "store is null");
        InteractionFacts.ensureFresh(store);
        return analyze(store.duckdb(), alpha);
    }

    /** The drivers on a connection whose fact table is fresh. */
    public static DriverReport analyze(Connection connection, double alpha) {
        requireNonNull(connection, "connection is null");
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        }
        StringBuilder columns = new StringBuilder();
        int o = 0;
        for (String sql : OUTCOMES.values()) {
            columns.append(", ").append(sql).append(" AS o").append(o++);
        }
        String base = """
                WITH f AS (
                    SELECT f.interaction_id, f.started_at, coalesce(f.queue, '(none)') || ' / ' || f.channel AS stratum%s
                    FROM insight_interaction_facts f LEFT JOIN customers c ON c.id = f.resolved_customer_id
                ),
                feat AS (%s
                    UNION
                    %s)
                """.formatted(columns, Quantifier.DEFAULT_FEATURES, Quantifier.MISSING_BEHAVIOURS);
        StringBuilder moments = new StringBuilder();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            moments.append(i == 0 ? "" : ", ").append("count(o").append(i).append(") AS n").append(i)
                    .append(", coalesce(sum(o").append(i).append("), 0) AS s").append(i);
        }
        try {
            Map<String, Moments[]> strata = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(base
                    + "SELECT stratum, " + moments + " FROM f GROUP BY stratum");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    strata.put(rows.getString("stratum"), moments(rows));
                }
            }
            Map<List<String>, Map<String, Moments[]>> features = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(base
                    + "SELECT feat.kind, feat.name, f.stratum, " + moments
                    + " FROM f JOIN feat ON feat.interaction_id = f.interaction_id GROUP BY ALL ORDER BY 1, 2, 3");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    features.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new LinkedHashMap<>())
                            .put(rows.getString(3), moments(rows));
                }
            }
            Map<String, Double> baseRates = new LinkedHashMap<>();
            List<String> outcomes = new ArrayList<>(OUTCOMES.keySet());
            List<Driver> drivers = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                int index = i;
                Moments total = strata.values().stream().map(m -> m[index]).reduce(Moments.EMPTY, Moments::plus);
                if (total.n() == 0) {
                    continue;
                }
                baseRates.put(outcomes.get(i), total.mean());
                Map<String, Moments> all = new HashMap<>();
                strata.forEach((stratum, m) -> all.put(stratum, m[index]));
                Map<List<String>, List<String>> examples = examples(connection, base, index);
                List<Driver> forOutcome = new ArrayList<>();
                for (Map.Entry<List<String>, Map<String, Moments[]>> feature : features.entrySet()) {
                    String kind = feature.getKey().get(0);
                    String name = feature.getKey().get(1);
                    if (outcomes.get(i).equals("escalation") && name.equals("escalation_request")) {
                        continue; // the outcome itself
                    }
                    Map<String, Moments> with = new HashMap<>();
                    feature.getValue().forEach((stratum, m) -> with.put(stratum, m[index]));
                    long count = with.values().stream().mapToLong(Moments::n).sum();
                    Effect effect = StratifiedComparison.compare(outcomes.get(i), with, all, MIN_STRATUM_SIZE).orElse(null);
                    if (effect == null || effect.delta() <= 0 || !effect.significant(alpha)) {
                        continue;
                    }
                    forOutcome.add(new Driver(outcomes.get(i), kind, name, count, effect.withMean(), effect.withoutMean(),
                            effect.delta(), effect.withoutMean() == 0 ? Double.NaN : effect.withMean() / effect.withoutMean(),
                            effect.pValue(), effect.delta() * count, examples.getOrDefault(feature.getKey(), List.of())));
                }
                forOutcome.sort(Comparator.comparingDouble(Driver::attributable).reversed().thenComparing(Driver::name));
                drivers.addAll(forOutcome);
            }
            return new DriverReport(baseRates, drivers);
        } catch (SQLException e) {
            throw TouchpointException.external("driver analysis query failed: " + e.getMessage(), e);
        }
    }

    private static Map<List<String>, List<String>> examples(Connection connection, String base, int outcome)
            throws SQLException {
        Map<List<String>, List<String>> examples = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(base + """
                SELECT feat.kind, feat.name,
                       array_slice(list(f.interaction_id ORDER BY f.started_at DESC, f.interaction_id), 1, %d)
                FROM f JOIN feat ON feat.interaction_id = f.interaction_id
                WHERE f.o%d = 1.0 GROUP BY ALL""".formatted(EXAMPLES, outcome));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                examples.put(List.of(rows.getString(1), rows.getString(2)), IdList.of(rows.getArray(3)));
            }
        }
        return examples;
    }

    private static Moments[] moments(ResultSet rows) throws SQLException {
        Moments[] moments = new Moments[OUTCOMES.size()];
        for (int i = 0; i < moments.length; i++) {
            long n = rows.getLong("n" + i);
            double sum = rows.getDouble("s" + i);
            // Binary outcomes: the sum of squares is the sum.
            moments[i] = new Moments(n, sum, sum);
        }
        return moments;
    }
}
