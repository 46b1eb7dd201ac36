package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import io.touchpoint.quality.scorecard.ReviewPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which machine verdicts need a person: a verdict that matters (an auto-fail, a
 * compliance breach, a low score) whose evidence is uncertain (confidence below the scorecard's
 * {@code min-confidence}, a semantic rather than exact match, or a score within {@code borderline}
 * points of the pass mark). Sure verdicts and verdicts that change nothing stay with the machine.
 */
public final class ReviewTriage {

    public static final String AUTO_FAIL = "auto_fail";
    public static final String COMPLIANCE = "compliance";
    public static final String LOW_SCORE = "low_score";

    /** One answer a reviewer must confirm or overturn, and why it was picked. */
    public record FlaggedAnswer(String question, Answer machineAnswer, double confidence, List<String> reasons) {
        public FlaggedAnswer {
            requireNonNull(question, "question is null");
            requireNonNull(machineAnswer, "machineAnswer is null");
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * What a scorecard result needs from a reviewer.
     *
     * @param trigger {@value #AUTO_FAIL}, {@value #COMPLIANCE} or {@value #LOW_SCORE}: what makes it matter
     * @param priority higher first: the trigger's weight (3, 2, 1) plus how unsure the least sure answer is
     */
    public record Triage(String trigger, double priority, List<FlaggedAnswer> answers) {
        public Triage {
            requireNonNull(trigger, "trigger is null");
            answers = List.copyOf(answers);
            if (answers.isEmpty()) {
                throw new IllegalArgumentException("a triage needs at least one flagged answer");
            }
        }
    }

    private ReviewTriage() {
    }

    /** The answers of {@code result} a person should check, or empty when the machine's verdict can stand. */
    public static Optional<Triage> assess(ScorecardResult result) {
        ReviewPolicy policy = result.scorecard().review();
        double score = result.score().value();
        double passMark = result.scorecard().passMark();
        boolean low = !result.score().autoFailed() && score < passMark;
        boolean borderline = low && passMark - score <= policy.borderline();
        List<FlaggedAnswer> flagged = new ArrayList<>();
        Set<String> triggers = new LinkedHashSet<>();
        for (QuestionResult answer : result.answers()) {
            if (answer.answer() != Answer.NO) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (answer.semantic()) {
                reasons.add("semantic match");
            }
            if (answer.confidence() < policy.minConfidence()) {
                reasons.add(String.format(java.util.Locale.ROOT, "low confidence %.2f", answer.confidence()));
            }
            boolean critical = answer.question().critical();
            if (critical && !reasons.isEmpty()) {
                triggers.add(answer.question().autoFail() ? AUTO_FAIL : COMPLIANCE);
            } else if (low && (borderline || !reasons.isEmpty())) {
                if (borderline) {
                    reasons.add(String.format(java.util.Locale.ROOT, "borderline score %.1f (pass mark %.0f)", score,
                            passMark));
                }
                triggers.add(LOW_SCORE);
            } else {
                continue;
            }
            flagged.add(new FlaggedAnswer(answer.question().id(), answer.answer(), answer.confidence(), reasons));
        }
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        String trigger = triggers.contains(AUTO_FAIL) ? AUTO_FAIL : triggers.contains(COMPLIANCE) ? COMPLIANCE : LOW_SCORE;
        double weight = switch (trigger) {
            case AUTO_FAIL -> 3;
            case COMPLIANCE -> 2;
            default -> 1;
        };
        double leastSure = flagged.stream().mapToDouble(FlaggedAnswer::confidence).min().orElse(1);
        return Optional.of(new Triage(trigger, weight + (1 - leastSure), flagged));
    }
}
