package io.touchpoint.speech.transcribe;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks that a stereo call's channel mapping puts the agent where the agent is. A swapped
 * mapping is a common complaint (recorders differ in which side is the agent) and it turns every
 * agent-behaviour rule upside down, so the transcript is checked against what agents say and
 * customers do not: greetings and closings ("thank you for calling", "how can I help", "is there
 * anything else"), and who speaks first.
 */
public final class ChannelCheck {

    /** What to do when the mapping looks swapped. */
    public enum Mode {
        /** Do not check. */
        OFF,
        /** Keep the mapping, add a warning to the transcript and the log. */
        WARN,
        /** Exchange agent and customer, with a warning saying so. */
        FIX;

        public static Mode parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw io.touchpoint.core.TouchpointException.userError("channel check '" + value
                        + "' is not one of off, warn, fix");
            }
        }
    }

    /** The verdict: positive evidence means the mapping is right, negative that it is swapped. */
    public record Verdict(int agentEvidence, boolean swapped) {
    }

    /** Phrases agents say; "how can help" too, because the recognizer often drops a short "i". */
    private static final List<Pattern> AGENT_PHRASES = List.of(
            "thank(s| you) for (calling|contacting|holding|your patience)", "how (can|may)( i)? (help|assist)",
            "my name is", "is there anything else", "(have|enjoy) a (great|good|nice|wonderful) (day|evening)",
            "can i (have|get) your", "let me (check|look|see|pull)", "i can help", "one moment",
            "i('ll| will) (transfer|put you)", "for (security|verification)", "this call (may|is|will) be recorded",
            "bear with me", "i apologi[sz]e for")
            .stream().map(phrase -> Pattern.compile("\\b(" + phrase + ")\\b")).toList();

    private ChannelCheck() {
    }

    public static Verdict check(List<Turn> turns) {
        int agentScore = 0;
        int customerScore = 0;
        for (Turn turn : turns) {
            String text = turn.text().toLowerCase(Locale.ROOT);
            int hits = 0;
            for (Pattern phrase : AGENT_PHRASES) {
                if (phrase.matcher(text).find()) {
                    hits++;
                }
            }
            if (turn.speaker() == Speaker.AGENT) {
                agentScore += hits;
            } else if (turn.speaker() == Speaker.CUSTOMER) {
                customerScore += hits;
            }
        }
        // On an inbound call the agent answers: a first turn by the "customer" is weak evidence of a swap.
        if (!turns.isEmpty()) {
            if (turns.getFirst().speaker() == Speaker.AGENT) {
                agentScore++;
            } else if (turns.getFirst().speaker() == Speaker.CUSTOMER) {
                customerScore++;
            }
        }
        int evidence = agentScore - customerScore;
        // Two points against: one agent phrase on the wrong side is not enough (customers thank agents too).
        return new Verdict(evidence, evidence <= -2);
    }
}
