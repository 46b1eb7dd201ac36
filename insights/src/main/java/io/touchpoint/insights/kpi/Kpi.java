package io.touchpoint.insights.kpi;

/**
 * The measures {@link KpiEngine} computes for every group, in result-column order. A measure with
 * no data in a group (no voice calls for talk time, no analyzed interaction for escalations, no
 * CSAT given) is absent from {@link KpiRow#values()}, never zero. Definitions: docs/kpi.md.
 */
public enum Kpi {
    /** Mean duration in seconds (start to end) over all interactions of the group. */
    AHT_S("aht_s"),
    /** Mean seconds of speech per voice call: the sum of turn durations. */
    TALK_S("talk_s"),
    /** Mean seconds per voice call of gaps between consecutive turns longer than 3 s (holds included). */
    SILENCE_S("silence_s"),
    /** Mean seconds per voice call of gaps between consecutive turns longer than 30 s. */
    HOLD_S("hold_s"),
    /** Share of interactions marked transferred, over those whose transfer flag is known. */
    TRANSFER_RATE("transfer_rate"),
    /** Share of interactions transferred and ended within the early-transfer threshold. */
    EARLY_TRANSFER_RATE("early_transfer_rate"),
    /** Share of interactions with a known customer not followed by a contact with the same reason in the window. */
    FCR_RATE("fcr_rate"),
    /** Share of analyzed interactions with an {@code escalation_request} event. */
    ESCALATION_RATE("escalation_rate"),
    /** Mean customer sentiment (-1..1) over interactions that have one. */
    CUSTOMER_SENTIMENT("customer_sentiment"),
    /** Mean CSAT (1..5) over interactions that have one. */
    CSAT("csat"),
    /** Mean QA score over interactions with a finding of type {@code qa}. */
    QA_SCORE("qa_score");

    private final String column;

    Kpi(String column) {
        this.column = column;
    }

    /** The column name in SQL, JSON and CSV. */
    public String column() {
        return column;
    }

    @Override
    public String toString() {
        return column;
    }
}
