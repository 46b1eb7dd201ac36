package io.touchpoint.insights.objective;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What an objective can be measured on: a per-interaction value from the fact table (the KPI definitions of
 * docs/kpi.md), and which direction is better.
 */
public enum ObjectiveMetric {
    /** Duration over every channel, as the KPI engine's aht_s (an e-mail thread counts its days). */
    AHT_S("aht_s", "duration_ms / 1000.0", false),
    /** Duration of voice calls and chats only: agent handle time, the usual target of a handle-time objective. */
    HANDLE_TIME_S("handle_time_s", "CASE WHEN channel IN ('voice', 'chat') THEN duration_ms / 1000.0 END", false),
    TALK_S("talk_s", "talk_ms / 1000.0", false),
    SILENCE_S("silence_s", "silence_ms / 1000.0", false),
    HOLD_S("hold_s", "hold_ms / 1000.0", false),
    TRANSFER_RATE("transfer_rate", "CAST(transferred AS DOUBLE)", false),
    /** 1 when not followed by the same customer's contact with the same reason within 7 days. */
    FCR_RATE("fcr_rate", """
            CASE WHEN resolved_customer_id IS NULL THEN NULL
                 WHEN next_same_reason_at IS NULL OR next_same_reason_at > started_at + INTERVAL 7 DAY THEN 1.0
                 ELSE 0.0 END""", true),
    REPEAT_RATE("repeat_rate", """
            CASE WHEN resolved_customer_id IS NULL THEN NULL
                 WHEN next_same_reason_at IS NULL OR next_same_reason_at > started_at + INTERVAL 7 DAY THEN 0.0
                 ELSE 1.0 END""", false),
    ESCALATION_RATE("escalation_rate", "CASE WHEN analyzed THEN CAST(escalated AS DOUBLE) END", false),
    CUSTOMER_SENTIMENT("customer_sentiment", "customer_sentiment", true),
    CSAT("csat", "CAST(csat AS DOUBLE)", true),
    QA_SCORE("qa_score", "qa_score", true);

    private final String wireName;
    private final String sql;
    private final boolean higherIsBetter;

    ObjectiveMetric(String wireName, String sql, boolean higherIsBetter) {
        this.wireName = wireName;
        this.sql = sql;
        this.higherIsBetter = higherIsBetter;
    }

    public String wireName() {
        return wireName;
    }

    /** The per-interaction expression over {@code insight_interaction_facts}; NULL where it has no value. */
    String sql() {
        return sql;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ObjectiveMetric::wireName).toList();
    }

    public static ObjectiveMetric parse(String value) {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ObjectiveMetric metric : values()) {
            if (metric.wireName.equals(normalized)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown objective metric '" + value + "' (allowed: "
                + String.join(", ", wireNames()) + ")");
    }
}
