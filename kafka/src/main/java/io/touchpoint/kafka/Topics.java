package io.touchpoint.kafka;

/** The default topic names; every command and job takes its own. */
public final class Topics {

    /** Interactions and live conversation events in ({@link LiveEvent}, JSON). */
    public static final String EVENTS = "touchpoint.events";
    /** Findings out, one {@link FindingRecord} a message. */
    public static final String FINDINGS = "touchpoint.findings";
    /** Live alerts out, one {@link AlertRecord} a message. */
    public static final String ALERTS = "touchpoint.alerts";

    private Topics() {
    }
}
