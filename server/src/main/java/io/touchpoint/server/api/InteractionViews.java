package io.touchpoint.server.api;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.server.PiiMask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How interactions, turns and findings look in the API (wire names, evidence with its quote). */
final class InteractionViews {

    private InteractionViews() {
    }

    /** One row of an interaction list. */
    record Summary(String id, String channel, String direction, Instant startedAt, Instant endedAt, String agentId,
            String queue, String customerId, int turns, String preview) {
    }

    /** A customer reference; e-mail, phone and handle are masked unless the caller unmasked them. */
    record CustomerView(String id, String email, String phone, String handle, boolean masked) {

        static CustomerView of(CustomerRef ref, boolean unmasked) {
            if (unmasked) {
                return new CustomerView(ref.id(), ref.email(), ref.phone(), ref.handle(), false);
            }
            return new CustomerView(ref.id(), PiiMask.email(ref.email()), PiiMask.phone(ref.phone()),
                    PiiMask.handle(ref.handle()), true);
        }
    }

    record TurnView(int index, String speaker, long startMs, long endMs, String text, double confidence) {
    }

    record OutcomeView(Boolean resolved, Boolean transferred, Boolean sale, Integer csat) {
    }

    /**
     * Where a finding comes from. {@code quote} is the evidence's characters in the stored turn
     * text, null for whole-interaction evidence and for PII spans (which point into the original,
     * unredacted text that the store does not keep).
     */
    record EvidenceView(int turnIndex, int charStart, int charEnd, long startMs, long endMs, String quote) {
    }

    record FindingView(String analyzer, String type, String name, String label, double score, double confidence,
            List<EvidenceView> evidence) {
    }

    record Detail(String id, String channel, String direction, Instant startedAt, Instant endedAt,
            CustomerView customer, String agentId, String queue, String language, OutcomeView outcome,
            Map<String, String> attributes, String audioUri, List<TurnView> turns, List<FindingView> findings,
            int piiRedactions) {
    }

    static Detail detail(Interaction interaction, List<Finding> findings, boolean unmasked) {
        List<TurnView> turns = new ArrayList<>();
        for (int index = 0; index < interaction.turns().size(); index++) {
            Turn turn = interaction.turns().get(index);
            turns.add(new TurnView(index, turn.speaker().wireName(), turn.startMs(), turn.endMs(), turn.text(),
                    turn.confidence()));
        }
        List<FindingView> views = new ArrayList<>();
        int pii = 0;
        for (Finding finding : findings) {
            if (finding.type().equals("pii")) {
                pii++; // shown by /pii to those allowed: the spans describe personal data
                continue;
            }
            views.add(finding(finding, interaction));
        }
        var outcome = interaction.outcome();
        return new Detail(interaction.id(), interaction.channel().wireName(), interaction.direction().wireName(),
                interaction.startedAt(), interaction.endedAt(), CustomerView.of(interaction.customer(), unmasked),
                interaction.agentId(), interaction.queue(), interaction.language(),
                new OutcomeView(outcome.resolved(), outcome.transferred(), outcome.sale(), outcome.csat()),
                interaction.attributes(), interaction.audio() == null ? null : interaction.audio().uri(), turns, views,
                pii);
    }

    static FindingView finding(Finding finding, Interaction interaction) {
        List<EvidenceView> evidence = new ArrayList<>();
        for (Evidence item : finding.evidence()) {
            evidence.add(new EvidenceView(item.turnIndex(), item.charStart(), item.charEnd(), item.startMs(),
                    item.endMs(), finding.type().equals("pii") ? null : quote(item, interaction)));
        }
        return new FindingView(finding.analyzer(), finding.type(), finding.name(), finding.label(), finding.score(),
                finding.confidence(), evidence);
    }

    private static String quote(Evidence evidence, Interaction interaction) {
        if (evidence.isWholeInteraction() || evidence.turnIndex() < 0
                || evidence.turnIndex() >= interaction.turns().size()) {
            return null;
        }
        String text = interaction.turns().get(evidence.turnIndex()).text();
        int start = Math.max(0, Math.min(text.length(), evidence.charStart()));
        int end = Math.max(start, Math.min(text.length(), evidence.charEnd()));
        return start == end ? text : text.substring(start, end);
    }
}
