package io.touchpoint.scale.flink;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Which alerts a live conversation raises, from the findings on the conversation so far. The
 * kinds and severities are the server's live alerts ({@code legal_mention},
 * {@code collection_after_legal_mention}, {@code churn_threat}, {@code rising_anger}); the
 * deadline-based missing-disclosure alert needs the server's clock and stays there. Pure: the
 * caller keeps which keys were raised (each at most once per conversation).
 */
public final class LiveAlertPolicy {

    /** A candidate alert: its dedupe key, kind, severity, the turn that raised it, texts, evidence. */
    public record Raised(String key, String kind, String severity, int turnIndex, String message, String assist,
            String evidence) {
    }

    public List<Raised> evaluate(AnalyzedInteraction analyzed) {
        List<Raised> raised = new ArrayList<>();
        for (Finding finding : analyzed.findings()) {
            int turn = lastTurn(finding);
            if (turn < 0) {
                continue;
            }
            if (finding.type().equals("event")) {
                switch (finding.name()) {
                    case "bankruptcy_mention" -> raised.add(new Raised("event:bankruptcy_mention", "legal_mention",
                            "high", turn, "The customer mentioned bankruptcy.",
                            "Stop collection activity now: ask for the case number, filing date and attorney.",
                            quote(finding, analyzed)));
                    case "attorney_mention" -> raised.add(new Raised("event:attorney_mention", "legal_mention", "high",
                            turn, "The customer says an attorney represents them.",
                            "Stop collecting: ask for the attorney's name and contact details.",
                            quote(finding, analyzed)));
                    case "churn_threat" -> raised.add(new Raised("event:churn_threat", "churn_threat", "high", turn,
                            "The customer threatens to leave.",
                            "Acknowledge the frustration, ask what would keep them, offer the retention options.",
                            quote(finding, analyzed)));
                    default -> {
                    }
                }
            } else if (finding.type().equals("compliance")
                    && finding.name().equals("collections.continued_after_legal_mention")) {
                raised.add(new Raised("compliance:" + finding.name(), "collection_after_legal_mention", "critical", turn,
                        "The agent is still collecting after the customer mentioned bankruptcy or an attorney.",
                        "Stop asking for payment now and end the collection attempt.", quote(finding, analyzed)));
            }
        }
        risingAnger(analyzed, raised);
        return raised;
    }

    /** Anger or frustration in two of the customer's last three turns. */
    private static void risingAnger(AnalyzedInteraction analyzed, List<Raised> raised) {
        List<Turn> turns = analyzed.interaction().turns();
        List<Integer> customerTurns = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).speaker() == Speaker.CUSTOMER) {
                customerTurns.add(i);
            }
        }
        List<Integer> lastThree = customerTurns.subList(Math.max(0, customerTurns.size() - 3), customerTurns.size());
        int angry = 0;
        for (int turn : lastThree) {
            boolean hit = analyzed.findings().stream().anyMatch(finding -> finding.type().equals("emotion")
                    && (finding.name().equals("anger") || finding.name().equals("frustration"))
                    && finding.evidence().stream().anyMatch(evidence -> evidence.turnIndex() == turn));
            angry += hit ? 1 : 0;
        }
        if (angry >= 2) {
            int last = lastThree.getLast();
            raised.add(new Raised("anger", "rising_anger", "medium", last, "The customer is getting angrier.",
                    "Slow down, acknowledge the problem in your own words, and say what you will do next.",
                    turns.get(last).text()));
        }
    }

    private static int lastTurn(Finding finding) {
        return finding.evidence().stream().mapToInt(Evidence::turnIndex).max().orElse(-1);
    }

    private static String quote(Finding finding, AnalyzedInteraction analyzed) {
        for (Evidence evidence : finding.evidence()) {
            if (evidence.turnIndex() >= 0 && evidence.turnIndex() < analyzed.interaction().turns().size()) {
                String text = analyzed.interaction().turns().get(evidence.turnIndex()).text();
                int start = Math.min(text.length(), evidence.charStart());
                int end = Math.max(start, Math.min(text.length(), evidence.charEnd()));
                return start == end ? text : text.substring(start, end);
            }
        }
        return "";
    }
}
