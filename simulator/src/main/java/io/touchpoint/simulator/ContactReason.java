package io.touchpoint.simulator;

import java.util.Locale;

/**
 * The primary reason of a simulated contact, recorded per interaction in
 * {@link GroundTruth#reasonByInteraction()} by its {@link #wireName()}.
 */
public enum ContactReason {
    /** Bill questions, unexpected charges, late fees. */
    BILLING("billing", 20),
    /** Service down or degraded. */
    OUTAGE("outage", 7),
    /** Upgrade, downgrade or change of plan. */
    PLAN_CHANGE("plan_change", 10),
    /** The customer wants to end the service. */
    CANCELLATION("cancellation", 6),
    /** Phones, routers, SIM cards: orders, returns, defects. */
    DEVICE("device", 10),
    /** A new customer opening an account. */
    ACCOUNT_OPENING("account_opening", 7),
    /** The customer asks to split or delay a payment. */
    PAYMENT_ARRANGEMENT("payment_arrangement", 6),
    /** Outbound call collecting an overdue balance. */
    COLLECTIONS("collections", 5),
    /** Technical problems: data, Wi-Fi, voicemail, settings. */
    TECH_SUPPORT("tech_support", 17),
    /** A new line, an upgrade or an add-on, won or lost. */
    SALES("sales", 12);

    private final String wireName;
    private final int weight;

    ContactReason(String wireName, int weight) {
        this.wireName = wireName;
        this.weight = weight;
    }

    public String wireName() {
        return wireName;
    }

    /** The relative frequency among contacts (before the outage spike and repeat contacts are added). */
    int weight() {
        return weight;
    }

    /** The queue that handles the reason. */
    public String queue() {
        return switch (this) {
            case BILLING -> "billing";
            case OUTAGE, DEVICE, TECH_SUPPORT -> "tech_support";
            case CANCELLATION -> "retention";
            case PLAN_CHANGE, SALES -> "sales";
            case ACCOUNT_OPENING -> "general";
            case PAYMENT_ARRANGEMENT, COLLECTIONS -> "collections";
        };
    }

    public static ContactReason parse(String value) {
        for (ContactReason reason : values()) {
            if (reason.wireName.equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown contact reason '" + value + "'");
    }
}
