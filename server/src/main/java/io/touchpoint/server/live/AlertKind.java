package io.touchpoint.server.live;

import java.util.Locale;

/** What a live alert is about, with its severity. */
public enum AlertKind {
    /** The customer mentioned bankruptcy or an attorney: collection must stop and change course. */
    LEGAL_MENTION("high"),
    /** The agent kept collecting after a bankruptcy or attorney mention: a compliance breach in progress. */
    COLLECTION_AFTER_LEGAL_MENTION("critical"),
    /** The customer is getting angrier. */
    RISING_ANGER("medium"),
    /** The customer threatens to leave. */
    CHURN_THREAT("high"),
    /** A required disclosure (call recording, mini-Miranda) was not given by the deadline. */
    MISSING_DISCLOSURE("high");

    private final String severity;

    AlertKind(String severity) {
        this.severity = severity;
    }

    public String severity() {
        return severity;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
