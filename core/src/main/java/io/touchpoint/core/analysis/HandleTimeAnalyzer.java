package io.touchpoint.core.analysis;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.List;

/**
 * The template analyzer: basic size and time metrics of any interaction (handle time, turns,
 * words per speaker, customer's first-response wait). Pure and cheap.
 */
public final class HandleTimeAnalyzer implements Analyzer {

    public static final String NAME = "handle-time";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        Interaction interaction = input.interaction();
        long agentWords = 0;
        long customerWords = 0;
        long firstAgentResponseMs = -1;
        for (Turn turn : interaction.turns()) {
            long words = countWords(turn.text());
            if (turn.speaker() == Speaker.AGENT) {
                agentWords += words;
                if (firstAgentResponseMs < 0) {
                    firstAgentResponseMs = turn.startMs();
                }
            } else if (turn.speaker() == Speaker.CUSTOMER) {
                customerWords += words;
            }
        }
        List<Finding> findings = new java.util.ArrayList<>(List.of(
                Finding.metric(NAME, "handle_time_s", interaction.duration().toMillis() / 1000.0),
                Finding.metric(NAME, "turns", interaction.turns().size()),
                Finding.metric(NAME, "agent_words", agentWords),
                Finding.metric(NAME, "customer_words", customerWords)));
        if (firstAgentResponseMs >= 0) {
            findings.add(Finding.metric(NAME, "first_agent_response_s", firstAgentResponseMs / 1000.0));
        }
        return input.plus(findings);
    }

    static long countWords(String text) {
        long count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
