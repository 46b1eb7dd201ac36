package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which alerts a live conversation raises after its latest turn, from the findings the
 * analyzers made on the conversation so far. Pure: the caller keeps which alerts were raised
 * already (each key at most once per conversation).
 *
 * <ul>
 *   <li>{@code bankruptcy_mention} / {@code attorney_mention} events -> legal mention (high), with
 *       the required response as the agent's prompt;</li>
 *   <li>the {@code collections.continued_after_legal_mention} violation -> critical;</li>
 *   <li>a {@code churn_threat} event -> churn threat;</li>
 *   <li>rising anger: anger or frustration in two of the customer's last three turns, or three
 *       customer turns in a row each more negative, the last below -0.4;</li>
 *   <li>missing disclosure: once the conversation is {@code disclosureDeadline} old, a required
 *       disclosure behaviour (recording disclosure on voice, mini-Miranda on outbound
 *       collections) that the rules report {@code missing}.</li>
 * </ul>
 */
public final class AlertRules {

    /** The behaviours that are required disclosures. */
    static final Set<String> DISCLOSURES = Set.of("recording_disclosure", "mini_miranda");

    /** A candidate alert: the dedupe key, its kind and text, and the evidence. */
    public record Raised(String key, AlertKind kind, int turnIndex, String message, String assist, String evidence) {
    }

    private final Duration disclosureDeadline;

    public AlertRules(Duration disclosureDeadline) {
        this.disclosureDeadline = requireNonNull(disclosureDeadline, "disclosureDeadline is null");
    }

    public List<Raised> evaluate(AnalyzedInteraction analyzed, int latestTurn) {
        List<Raised> raised = new ArrayList<>();
        for (Finding finding : analyzed.findings()) {
            switch (finding.type()) {
                case "event" -> event(finding, analyzed, raised);
                case "compliance" -> {
                    if (finding.name().equals("collections.continued_after_legal_mention")) {
                        raised.add(new Raised("compliance:" + finding.name(), AlertKind.COLLECTION_AFTER_LEGAL_MENTION,
                                turnOf(finding, latestTurn), "The agent is still collecting after the customer "
                                        + "mentioned bankruptcy or an attorney.",
                                "Stop asking for payment now. Confirm you have noted the bankruptcy or attorney "
                                        + "details and end the collection attempt.",
                                quote(finding, analyzed)));
                    }
                }
                default -> {
                }
            }
        }
        anger(analyzed).ifPresent(raised::add);
        raised.addAll(missingDisclosures(analyzed, latestTurn));
        return raised;
    }

    private static void event(Finding finding, AnalyzedInteraction analyzed, List<Raised> raised) {
        int turn = turnOf(finding, 0);
        switch (finding.name()) {
            case "bankruptcy_mention" -> raised.add(new Raised("event:bankruptcy_mention", AlertKind.LEGAL_MENTION, turn,
                    "The customer mentioned bankruptcy.",
                    "Bankruptcy mentioned: stop collection activity now. Acknowledge it, ask for the bankruptcy case "
                            + "number, the filing date and the attorney's contact details, and tell the customer the "
                            + "account will be noted and collection paused.",
                    quote(finding, analyzed)));
            case "attorney_mention" -> raised.add(new Raised("event:attorney_mention", AlertKind.LEGAL_MENTION, turn,
                    "The customer says an attorney represents them.",
                    "Attorney representation: stop collecting. Ask for the attorney's name and contact details and "
                            + "tell the customer further contact will go through the attorney.",
                    quote(finding, analyzed)));
            case "churn_threat" -> raised.add(new Raised("event:churn_threat", AlertKind.CHURN_THREAT, turn,
                    "The customer threatens to leave.",
                    "Churn risk: acknowledge the frustration, ask what would keep them, and offer the retention "
                            + "options you are allowed to (loyalty discount, plan review).",
                    quote(finding, analyzed)));
            default -> {
            }
        }
    }

    private static Optional<Raised> anger(AnalyzedInteraction analyzed) {
        List<Turn> turns = analyzed.interaction().turns();
        List<Integer> customerTurns = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).speaker() == Speaker.CUSTOMER) {
                customerTurns.add(i);
            }
        }
        if (customerTurns.size() < 2) {
            return Optional.empty();
        }
        List<Integer> lastThree = customerTurns.subList(Math.max(0, customerTurns.size() - 3), customerTurns.size());
        int angry = 0;
        for (int turn : lastThree) {
            boolean hit = analyzed.findings().stream().anyMatch(f -> f.type().equals("emotion")
                    && (f.name().equals("anger") || f.name().equals("frustration"))
                    && f.evidence().stream().anyMatch(e -> e.turnIndex() == turn));
            angry += hit ? 1 : 0;
        }
        boolean falling = false;
        if (lastThree.size() == 3) {
            double[] scores = new double[3];
            for (int k = 0; k < 3; k++) {
                int turn = lastThree.get(k);
                scores[k] = analyzed.findings().stream().filter(f -> f.type().equals("sentiment.turn")
                        && f.evidence().stream().anyMatch(e -> e.turnIndex() == turn))
                        .mapToDouble(Finding::score).findFirst().orElse(0);
            }
            falling = scores[0] > scores[1] && scores[1] > scores[2] && scores[2] < -0.4;
        }
        if (angry < 2 && !falling) {
            return Optional.empty();
        }
        int last = lastThree.getLast();
        return Optional.of(new Raised("anger", AlertKind.RISING_ANGER, last, "The customer is getting angrier.",
                "The customer is upset: slow down, acknowledge the problem in your own words, and say what you will "
                        + "do next. Offer a supervisor if they ask.",
                turns.get(last).text()));
    }

    private List<Raised> missingDisclosures(AnalyzedInteraction analyzed, int latestTurn) {
        List<Turn> turns = analyzed.interaction().turns();
        long elapsedMs = turns.isEmpty() ? 0 : turns.get(latestTurn).endMs();
        if (elapsedMs < disclosureDeadline.toMillis()) {
            return List.of();
        }
        List<Raised> raised = new ArrayList<>();
        for (Finding finding : analyzed.findings()) {
            if (finding.type().equals("behaviour") && DISCLOSURES.contains(finding.name())
                    && finding.label().equals("missing")) {
                String what = finding.name().equals("mini_miranda") ? "the debt-collection disclosure (mini-Miranda)"
                        : "the call-recording disclosure";
                long minutes = disclosureDeadline.toSeconds() / 60;
                raised.add(new Raised("disclosure:" + finding.name(), AlertKind.MISSING_DISCLOSURE, latestTurn,
                        "No " + what + " by " + (minutes > 0 ? "minute " + minutes : disclosureDeadline.toSeconds() + " s")
                                + " of the call.",
                        "Give " + what + " now.", ""));
            }
        }
        return raised;
    }

    private static int turnOf(Finding finding, int fallback) {
        return finding.evidence().stream().mapToInt(Evidence::turnIndex).filter(index -> index >= 0).max()
                .orElse(fallback);
    }

    private static String quote(Finding finding, AnalyzedInteraction analyzed) {
        for (Evidence evidence : finding.evidence()) {
            if (evidence.turnIndex() >= 0 && evidence.turnIndex() < analyzed.interaction().turns().size()) {
                String text = analyzed.interaction().turns().get(evidence.turnIndex()).text();
                int start = Math.max(0, Math.min(text.length(), evidence.charStart()));
                int end = Math.max(start, Math.min(text.length(), evidence.charEnd()));
                return start == end ? text : text.substring(start, end);
            }
        }
        return "";
    }
}
