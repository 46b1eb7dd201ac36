package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the {@link EventImpactReport} from analyzed interactions: pure Java over findings, so
 * that it can later move into SQL over the store unchanged in meaning.
 *
 * <p>An event happens at its first evidence's start. "Escalation" is an {@code emotion} finding
 * named {@code escalation_request} or an {@code escalation_request} event; customer sentiment
 * comes from {@code sentiment.turn} findings on customer turns.
 *
 * <pre>{@code
 * EventImpactReport report = EventImpact.compute(analyzedInteractions);
 * System.out.println(report.render());
 * }</pre>
 */
public final class EventImpact {

    static final String ESCALATION = "escalation_request";

    private EventImpact() {
    }

    /** The report for every event found in {@code interactions}, in event-name order. */
    public static EventImpactReport compute(List<AnalyzedInteraction> interactions) {
        requireNonNull(interactions, "interactions is null");
        Map<String, List<Long>> eventTimes = new TreeMap<>();
        for (AnalyzedInteraction interaction : interactions) {
            for (Finding finding : interaction.findingsOfType("event")) {
                eventTimes.computeIfAbsent(finding.name(), name -> new ArrayList<>(interactions.size()));
            }
        }
        for (Map.Entry<String, List<Long>> entry : eventTimes.entrySet()) {
            for (AnalyzedInteraction interaction : interactions) {
                entry.getValue().add(firstTime(interaction, entry.getKey()));
            }
        }
        List<EventImpactReport.Row> rows = new ArrayList<>();
        eventTimes.forEach((event, times) -> rows.add(row(event, interactions, times)));
        return new EventImpactReport(interactions.size(), rows);
    }

    private static EventImpactReport.Row row(String event, List<AnalyzedInteraction> interactions, List<Long> times) {
        Mean sentimentBefore = new Mean();
        Mean sentimentAfter = new Mean();
        Mean sentimentWithout = new Mean();
        Mean escalationBefore = new Mean();
        Mean escalationAfter = new Mean();
        Mean escalationWithout = new Mean();
        Mean transferWith = new Mean();
        Mean transferWithout = new Mean();
        Mean resolvedWith = new Mean();
        Mean resolvedWithout = new Mean();
        Mean handleWith = new Mean();
        Mean handleWithout = new Mean();
        int with = 0;
        for (int i = 0; i < interactions.size(); i++) {
            AnalyzedInteraction interaction = interactions.get(i);
            long at = times.get(i);
            boolean has = at >= 0;
            if (has) {
                with++;
            }
            List<Turn> turns = interaction.interaction().turns();
            for (Finding finding : interaction.findingsOfType("sentiment.turn")) {
                for (Evidence evidence : finding.evidence()) {
                    if (evidence.isWholeInteraction() || evidence.turnIndex() >= turns.size()
                            || turns.get(evidence.turnIndex()).speaker() != Speaker.CUSTOMER) {
                        continue;
                    }
                    if (!has) {
                        sentimentWithout.add(finding.score());
                    } else if (evidence.startMs() < at) {
                        sentimentBefore.add(finding.score());
                    } else {
                        sentimentAfter.add(finding.score());
                    }
                }
            }
            long escalation = event.equals(ESCALATION) ? -1 : escalationTime(interaction);
            if (has) {
                escalationBefore.add(escalation >= 0 && escalation < at ? 1 : 0);
                escalationAfter.add(escalation >= at ? 1 : 0);
            } else {
                escalationWithout.add(escalation >= 0 ? 1 : 0);
            }
            Boolean transferred = interaction.interaction().outcome().transferred();
            if (transferred != null) {
                (has ? transferWith : transferWithout).add(transferred ? 1 : 0);
            }
            Boolean resolved = interaction.interaction().outcome().resolved();
            if (resolved != null) {
                (has ? resolvedWith : resolvedWithout).add(resolved ? 1 : 0);
            }
            (has ? handleWith : handleWithout).add(handleTimeSeconds(interaction));
        }
        boolean isEscalation = event.equals(ESCALATION);
        return new EventImpactReport.Row(event, with, interactions.size() - with,
                sentimentBefore.value(), sentimentAfter.value(), sentimentWithout.value(),
                isEscalation ? Double.NaN : escalationBefore.value(), isEscalation ? Double.NaN : escalationAfter.value(),
                isEscalation ? Double.NaN : escalationWithout.value(),
                transferWith.value(), transferWithout.value(), resolvedWith.value(), resolvedWithout.value(),
                handleWith.value(), handleWithout.value());
    }

    /** Start of the event's earliest evidence, 0 for whole-interaction evidence, -1 when absent. */
    private static long firstTime(AnalyzedInteraction interaction, String event) {
        long first = -1;
        for (Finding finding : interaction.findingsOfType("event")) {
            if (finding.name().equals(event)) {
                for (Evidence evidence : finding.evidence()) {
                    long at = evidence.isWholeInteraction() ? 0 : evidence.startMs();
                    first = first < 0 ? at : Math.min(first, at);
                }
            }
        }
        return first;
    }

    private static long escalationTime(AnalyzedInteraction interaction) {
        long first = -1;
        for (Finding finding : interaction.findings()) {
            boolean escalation = finding.name().equals(ESCALATION)
                    && (finding.type().equals("emotion") || finding.type().equals("event"));
            if (!escalation) {
                continue;
            }
            for (Evidence evidence : finding.evidence()) {
                long at = evidence.isWholeInteraction() ? 0 : evidence.startMs();
                first = first < 0 ? at : Math.min(first, at);
            }
        }
        return first;
    }

    private static double handleTimeSeconds(AnalyzedInteraction interaction) {
        for (Finding finding : interaction.findingsOfType("metric")) {
            if (finding.name().equals("handle_time_s")) {
                return finding.score();
            }
        }
        return interaction.interaction().duration().toMillis() / 1000.0;
    }

    /** A running mean; NaN when nothing was added. */
    private static final class Mean {
        private double sum;
        private int count;

        void add(double value) {
            sum += value;
            count++;
        }

        double value() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }
}
