package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * For each event, how conversations go after it against before it, and interactions with it
 * against interactions without it. Rates and means are NaN where there is nothing to measure
 * (no sentiment findings, no known outcome).
 *
 * @param interactions how many interactions the report covers
 */
public record EventImpactReport(int interactions, List<Row> rows) {

    public EventImpactReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param event the event name, e.g. {@code churn_threat}
     * @param withEvent interactions with the event
     * @param withoutEvent interactions without it
     * @param sentimentBefore mean customer turn sentiment before the event's first occurrence
     * @param sentimentAfter mean customer turn sentiment from the event on
     * @param sentimentWithout mean customer turn sentiment in interactions without the event
     * @param escalationBefore share of interactions with the event that had an escalation before it
     * @param escalationAfter share that had one from the event on
     * @param escalationWithout share of interactions without the event that had one
     * @param transferWith transfer rate with the event (among interactions whose outcome says)
     * @param transferWithout transfer rate without it
     * @param resolvedWith resolution rate with the event
     * @param resolvedWithout resolution rate without it
     * @param handleTimeWith mean handle time in seconds with the event
     * @param handleTimeWithout mean handle time in seconds without it
     */
    public record Row(String event, int withEvent, int withoutEvent,
            double sentimentBefore, double sentimentAfter, double sentimentWithout,
            double escalationBefore, double escalationAfter, double escalationWithout,
            double transferWith, double transferWithout, double resolvedWith, double resolvedWithout,
            double handleTimeWith, double handleTimeWithout) {
        public Row {
            requireNonNull(event, "event is null");
        }
    }

    /** A fixed-width table for a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d interactions%n", interactions));
        out.append(String.format(Locale.ROOT, "%-24s %6s %7s | %-20s | %-20s | %-11s | %-11s | %-13s%n", "event", "with",
                "without", "cust. sentiment b/a/w", "escalation b/a/w", "transfer w/o", "resolved w/o", "handle s w/o"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-24s %6d %7d | %6s %6s %6s | %6s %6s %6s | %5s %5s | %5s %5s | %6s %6s%n",
                    row.event(), row.withEvent(), row.withoutEvent(),
                    number(row.sentimentBefore()), number(row.sentimentAfter()), number(row.sentimentWithout()),
                    percent(row.escalationBefore()), percent(row.escalationAfter()), percent(row.escalationWithout()),
                    percent(row.transferWith()), percent(row.transferWithout()),
                    percent(row.resolvedWith()), percent(row.resolvedWithout()),
                    seconds(row.handleTimeWith()), seconds(row.handleTimeWithout())));
        }
        return out.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%+.2f", value);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }
}
