package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one row per customer at a cut-off date from the store: CRM fields, billing, and the
 * signals of the customer's interactions before the cut-off. Nothing from on or after the cut-off
 * enters a feature; only the label looks ahead ({@code churned} = the customer churned within
 * {@code horizonDays} after the cut-off). Customers who had already churned by the cut-off are left
 * out: there is nothing left to predict for them.
 *
 * <p>Interaction signals come from two places: the analysis findings (events such as
 * churn_threat and complaint from the rule packs, outage categories, customer sentiment), which
 * are zero when the store has not been analyzed, and the customer's own words in the turns
 * (cancel/switch, outage, complaint vocabulary), which need no analysis.
 *
 * <pre>{@code
 * CustomerTable table = StoreChurnFeatures.build(store.duckdb(), LocalDate.parse("2026-03-01"), 60);
 * }</pre>
 */
public final class StoreChurnFeatures {

    public static final String ID_COLUMN = "customer_id";
    public static final String LABEL_COLUMN = "churned";
    public static final int DEFAULT_HORIZON_DAYS = 60;

    /** Rule-pack events counted per customer. */
    static final List<String> EVENTS = List.of("churn_threat", "complaint", "escalation_request", "repeat_contact",
            "retention_offer");

    /** Words a customer uses before leaving, matched in their own turns (lower-cased). */
    static final Map<String, String> CUSTOMER_WORDS = Map.of(
            "said_cancel", "cancel|switch(ing)? (to|provider)|leave|leaving|competitor|close (my|the) account",
            "said_outage", "outage|no (signal|service|internet)|(is|been|keeps going) down|not working|dropped",
            "said_complaint", "complain|unacceptable|ridiculous|frustrat|terrible|worst|fed up|angry|disappointed");

    /** Sentences for reasons, per feature column. Columns not listed get "name is value (raises risk)". */
    public static final Map<String, String> PHRASES;

    /** The feature columns that come from the CRM and billing; every other feature comes from interactions. */
    public static final List<String> CRM_COLUMNS = List.of("plan", "contract_type", "tenure_months", "days_to_contract_end",
            "monthly_charge", "last_bill_ratio", "max_bill_ratio_3m");

    static {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("tenure_months", "customer for {value} months");
        phrases.put("days_to_contract_end", "contract ends in {value} days|no fixed contract end");
        phrases.put("monthly_charge", "monthly charge is {value}");
        phrases.put("last_bill_ratio", "last bill was {value} times the usual amount");
        phrases.put("max_bill_ratio_3m", "a bill in the last 3 months was {value} times the usual amount");
        phrases.put("contacts_30d", "{value} contacts in the last 30 days");
        phrases.put("contacts_90d", "{value} contacts in the last 90 days");
        phrases.put("unresolved_90d", "{value} unresolved contacts in 90 days");
        phrases.put("transferred_90d", "{value} transferred contacts in 90 days");
        phrases.put("quick_repeats_30d", "{value} repeat contacts within a week in the last 30 days");
        phrases.put("days_since_last_contact", "last contact {value} days before the cut-off");
        for (String event : EVENTS) {
            String words = event.replace('_', ' ');
            phrases.put(event + "_30d", "{value} " + words + " events in 30 days");
            phrases.put(event + "_90d", "{value} " + words + " events in 90 days");
        }
        phrases.put("outage_contacts_30d", "{value} contacts about outages in 30 days");
        phrases.put("sentiment_30d", "customer sentiment in the last 30 days averages {value}");
        phrases.put("sentiment_trend", "customer sentiment changed by {value} against the 60 days before");
        phrases.put("said_cancel_30d", "{value} contacts about cancelling or switching in 30 days");
        phrases.put("said_outage_30d", "{value} contacts mentioning an outage in 30 days");
        phrases.put("said_complaint_30d", "{value} contacts with complaints in 30 days");
        PHRASES = Map.copyOf(phrases);
    }

    private StoreChurnFeatures() {
    }

    /** The interaction-signal columns of a feature table: everything but the id, the label and the CRM columns. */
    public static List<String> interactionColumns(CustomerTable table) {
        return table.columns().stream()
                .filter(column -> !column.equals(ID_COLUMN) && !column.equals(LABEL_COLUMN) && !CRM_COLUMNS.contains(column))
                .toList();
    }

    /** The customers active at the cut-off with their features and label, as a table for {@link ChurnTrainer}. */
    public static CustomerTable build(Connection connection, LocalDate cutoff, int horizonDays) {
        requireNonNull(connection, "connection is null");
        requireNonNull(cutoff, "cutoff is null");
        if (horizonDays < 1) {
            throw TouchpointException.userError("the churn horizon must be at least 1 day, was " + horizonDays);
        }
        try {
            List<String> channels = channels(connection);
            String sql = sql(channels);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, cutoff);
                statement.setInt(2, horizonDays);
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnLabel(i));
                    }
                    List<List<String>> rows = new ArrayList<>();
                    while (result.next()) {
                        List<String> row = new ArrayList<>(columns.size());
                        for (int i = 1; i <= columns.size(); i++) {
                            Object value = result.getObject(i);
                            row.add(value == null ? "" : cell(value));
                        }
                        rows.add(row);
                    }
                    return new CustomerTable("store customers at " + cutoff, columns, rows);
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("could not read churn features from the store: " + e.getMessage(), e);
        }
    }

    /** The day after the last interaction in the store: "now" for scoring. */
    public static LocalDate latestCutoff(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT CAST(max(started_at) AS DATE) FROM interactions")) {
            result.next();
            java.sql.Date last = result.getDate(1);
            if (last == null) {
                throw TouchpointException.userError("the store has no interactions; ingest some first");
            }
            return last.toLocalDate().plusDays(1);
        } catch (SQLException e) {
            throw TouchpointException.external("could not read the store's date range: " + e.getMessage(), e);
        }
    }

    private static String cell(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "1" : "0";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? String.format(Locale.ROOT, "%.4f", number) : "";
        }
        return value.toString();
    }

    private static List<String> channels(Connection connection) throws SQLException {
        List<String> channels = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT DISTINCT channel FROM interactions ORDER BY channel")) {
            while (result.next()) {
                String channel = result.getString(1);
                // Channel wire names are lower-case words; anything else is not turned into SQL.
                if (channel.matches("[a-z_]{1,32}")) {
                    channels.add(channel);
                }
            }
        }
        return channels;
    }

    private static String sql(List<String> channels) {
        StringBuilder perChannel = new StringBuilder();
        for (String channel : channels) {
            perChannel.append(",\n  count(*) FILTER (WHERE r.age_days < 90 AND r.channel = '").append(channel)
                    .append("') AS contacts_90d_").append(channel);
        }
        StringBuilder events = new StringBuilder();
        for (String event : EVENTS) {
            events.append(",\n  count(DISTINCT f.interaction_id) FILTER (WHERE f.type = 'event' AND f.name = '").append(event)
                    .append("' AND f.age_days < 30) AS ").append(event).append("_30d");
            events.append(",\n  count(DISTINCT f.interaction_id) FILTER (WHERE f.type = 'event' AND f.name = '").append(event)
                    .append("') AS ").append(event).append("_90d");
        }
        StringBuilder words = new StringBuilder();
        CUSTOMER_WORDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> words
                .append(",\n  count(DISTINCT t.interaction_id) FILTER (WHERE regexp_matches(lower(t.text), '")
                .append(entry.getValue()).append("')) AS ").append(entry.getKey()).append("_30d"));
        List<String> wordColumns = CUSTOMER_WORDS.keySet().stream().sorted().map(key -> "coalesce(w." + key + "_30d, 0) AS " + key + "_30d").toList();
        List<String> eventColumns = new ArrayList<>();
        for (String event : EVENTS) {
            eventColumns.add("coalesce(e." + event + "_30d, 0) AS " + event + "_30d");
            eventColumns.add("coalesce(e." + event + "_90d, 0) AS " + event + "_90d");
        }
        List<String> channelColumns = new ArrayList<>(channels.stream()
                .map(channel -> "coalesce(i.contacts_90d_" + channel + ", 0) AS contacts_90d_" + channel).toList());
        if (channelColumns.isEmpty()) {
            channelColumns.add("0 AS contacts_90d_any_channel");
        }
        return """
                WITH params AS (
                  SELECT CAST(? AS DATE) AS cutoff, CAST(? AS INTEGER) AS horizon
                ),
                population AS (
                  SELECT c.* FROM customers c, params p
                  WHERE c.churn_date IS NULL OR c.churn_date > p.cutoff
                ),
                history AS (
                  SELECT i.id, i.resolved_customer_id AS customer_id, i.channel, i.started_at, i.resolved, i.transferred,
                         (epoch(CAST(p.cutoff AS TIMESTAMP)) - epoch(i.started_at)) / 86400.0 AS age_days,
                         lag(i.started_at) OVER (PARTITION BY i.resolved_customer_id ORDER BY i.started_at) AS previous_at
                  FROM interactions i, params p
                  WHERE i.resolved_customer_id IS NOT NULL AND i.started_at < CAST(p.cutoff AS TIMESTAMP)
                ),
                recent AS (SELECT * FROM history WHERE age_days < 90),
                interaction_features AS (
                  SELECT r.customer_id,
                    count(*) FILTER (WHERE r.age_days < 30) AS contacts_30d,
                    count(*) AS contacts_90d,
                    count(*) FILTER (WHERE r.resolved = false) AS unresolved_90d,
                    count(*) FILTER (WHERE r.transferred) AS transferred_90d,
                    count(*) FILTER (WHERE r.age_days < 30 AND r.previous_at IS NOT NULL
                                     AND r.started_at - r.previous_at < INTERVAL 7 DAY) AS quick_repeats_30d,
                    min(r.age_days) AS days_since_last_contact%s
                  FROM recent r GROUP BY r.customer_id
                ),
                recent_findings AS (
                  SELECT r.customer_id, r.age_days, f.interaction_id, f.finding_index, f.type, f.name, f.score
                  FROM recent r JOIN findings f ON f.interaction_id = r.id
                  WHERE f.type IN ('event', 'category', 'sentiment.speaker')
                ),
                event_features AS (
                  SELECT f.customer_id%s,
                    count(DISTINCT f.interaction_id) FILTER (WHERE f.type = 'category' AND lower(f.name) LIKE '%%outage%%'
                                                            AND f.age_days < 30) AS outage_contacts_30d
                  FROM recent_findings f GROUP BY f.customer_id
                ),
                sentiment AS (
                  SELECT customer_id,
                    avg(score) FILTER (WHERE age_days < 30) AS sentiment_30d,
                    avg(score) FILTER (WHERE age_days < 30) - avg(score) FILTER (WHERE age_days >= 30) AS sentiment_trend
                  FROM (SELECT DISTINCT customer_id, interaction_id, finding_index, age_days, score
                        FROM recent_findings WHERE type = 'sentiment.speaker' AND name = 'customer')
                  GROUP BY customer_id
                ),
                word_features AS (
                  SELECT r.customer_id%s
                  FROM recent r JOIN turns t ON t.interaction_id = r.id
                  WHERE r.age_days < 30 AND t.speaker = 'customer'
                  GROUP BY r.customer_id
                ),
                billing AS (
                  SELECT b.customer_id, b.month, b.amount,
                    avg(b.amount) OVER (PARTITION BY b.customer_id ORDER BY b.month
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS usual,
                    row_number() OVER (PARTITION BY b.customer_id ORDER BY b.month DESC) AS recency
                  FROM customer_billing b, params p WHERE b.month < p.cutoff
                ),
                billing_features AS (
                  SELECT customer_id,
                    max(amount / usual) FILTER (WHERE recency = 1) AS last_bill_ratio,
                    max(amount / usual) FILTER (WHERE recency <= 3) AS max_bill_ratio_3m
                  FROM billing WHERE usual > 0 GROUP BY customer_id
                )
                SELECT c.id AS customer_id,
                  c.plan, c.contract_type, c.tenure_months,
                  CASE WHEN c.contract_end IS NULL THEN NULL ELSE date_diff('day', p.cutoff, c.contract_end) END AS days_to_contract_end,
                  c.monthly_charge,
                  bf.last_bill_ratio, bf.max_bill_ratio_3m,
                  coalesce(i.contacts_30d, 0) AS contacts_30d, coalesce(i.contacts_90d, 0) AS contacts_90d,
                  coalesce(i.unresolved_90d, 0) AS unresolved_90d, coalesce(i.transferred_90d, 0) AS transferred_90d,
                  coalesce(i.quick_repeats_30d, 0) AS quick_repeats_30d, i.days_since_last_contact,
                  %s,
                  %s,
                  coalesce(e.outage_contacts_30d, 0) AS outage_contacts_30d,
                  s.sentiment_30d, s.sentiment_trend,
                  %s,
                  (c.churned IS TRUE AND c.churn_date > p.cutoff AND c.churn_date <= p.cutoff + p.horizon) AS churned
                FROM population c CROSS JOIN params p
                LEFT JOIN interaction_features i ON i.customer_id = c.id
                LEFT JOIN event_features e ON e.customer_id = c.id
                LEFT JOIN sentiment s ON s.customer_id = c.id
                LEFT JOIN word_features w ON w.customer_id = c.id
                LEFT JOIN billing_features bf ON bf.customer_id = c.id
                ORDER BY c.id
                """.formatted(perChannel, events, words, String.join(",\n  ", channelColumns),
                String.join(",\n  ", eventColumns), String.join(",\n  ", wordColumns));
    }
}
