package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.quality.scorecard.AnswerSource;
import io.touchpoint.quality.scorecard.Question;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.quality.scorecard.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a scorecard's questions from an interaction's earlier findings and totals the score.
 * Pure: the same input always gives the same result.
 */
public final class ScorecardEvaluator {

    private ScorecardEvaluator() {
    }

    /** The scorecard applied to {@code input}, or empty when it does not apply or no question applies. */
    public static Optional<ScorecardResult> evaluate(Scorecard scorecard, AnalyzedInteraction input) {
        requireNonNull(scorecard, "scorecard is null");
        requireNonNull(input, "input is null");
        if (!scorecard.appliesTo().matches(input.interaction(), input.findings())) {
            return Optional.empty();
        }
        double speechConfidence = meanConfidence(input.interaction());
        List<QuestionResult> answers = new ArrayList<>();
        for (Question question : scorecard.questions()) {
            answers.add(answer(question, input, speechConfidence));
        }
        return score(scorecard, answers.stream().collect(java.util.stream.Collectors.toMap(
                        result -> result.question().id(), QuestionResult::answer)))
                .map(score -> new ScorecardResult(scorecard, answers, score));
    }

    /**
     * The total of a set of answers (machine, human or both): each section's points are the weighted
     * share of its applicable questions answered yes; sections with no applicable question drop out
     * and the others are rescaled to 100. Any auto-fail question answered no makes it 0.
     *
     * @param answers by question id; a question without an answer counts as not applicable
     * @return empty when no question applies
     */
    public static Optional<Score> score(Scorecard scorecard, Map<String, Answer> answers) {
        double earned = 0;
        double possible = 0;
        boolean autoFailed = false;
        for (Section section : scorecard.sections()) {
            double yes = 0;
            double applicable = 0;
            for (Question question : section.questions()) {
                Answer answer = answers.getOrDefault(question.id(), Answer.NOT_APPLICABLE);
                if (answer == Answer.NOT_APPLICABLE) {
                    continue;
                }
                applicable += question.weight();
                if (answer == Answer.YES) {
                    yes += question.weight();
                } else if (question.autoFail()) {
                    autoFailed = true;
                }
            }
            if (applicable > 0) {
                earned += section.weight() * yes / applicable;
                possible += section.weight();
            }
        }
        if (possible == 0) {
            return Optional.empty();
        }
        double value = autoFailed ? 0 : Math.round(1000 * earned / possible) / 10.0;
        return Optional.of(new Score(Math.min(100, value), autoFailed));
    }

    static QuestionResult answer(Question question, AnalyzedInteraction input, double speechConfidence) {
        Interaction interaction = input.interaction();
        List<Finding> findings = input.findings();
        if (!question.when().matches(interaction, findings)) {
            return notApplicable(question, "outside the question's 'when'");
        }
        return switch (question.source()) {
            case AnswerSource.Behaviour behaviour -> first(findings, "behaviour", behaviour.name(), null)
                    .map(found -> "present".equals(found.label())
                            ? fromFinding(question, Answer.YES, found, "behaviour " + behaviour.name() + " present")
                            : new QuestionResult(question, Answer.NO, 1.0, clamp(found.confidence()), found.evidence(),
                                    "behaviour " + behaviour.name() + " missing", true))
                    .orElseGet(() -> notApplicable(question, "behaviour " + behaviour.name() + " not checked here"));
            case AnswerSource.Compliance compliance -> first(findings, "compliance", compliance.name(), null)
                    .map(found -> fromFinding(question, Answer.NO, found, "compliance " + compliance.name() + " breached"))
                    .orElseGet(() -> absence(question, Answer.YES, speechConfidence,
                            "no " + compliance.name() + " breach found"));
            case AnswerSource.Presence presence -> first(findings, presence.type(), presence.name(), presence.label())
                    .map(found -> fromFinding(question, presence.expectPresent() ? Answer.YES : Answer.NO, found,
                            presence.type() + " " + presence.name() + " found"))
                    .orElseGet(() -> absence(question, presence.expectPresent() ? Answer.NO : Answer.YES,
                            speechConfidence, presence.type() + " " + presence.name() + " not found"));
            case AnswerSource.Metric metric -> first(findings, "metric", metric.name(), null)
                    .map(found -> bounded(question, found, metric.atLeast(), metric.atMost(), "metric " + metric.name()))
                    .orElseGet(() -> notApplicable(question, "no metric " + metric.name()));
            case AnswerSource.Sentiment sentiment -> first(findings, "sentiment.speaker", sentiment.speaker(), null)
                    .map(found -> bounded(question, found, sentiment.atLeast(), sentiment.atMost(),
                            sentiment.speaker() + " sentiment"))
                    .orElseGet(() -> notApplicable(question, "no " + sentiment.speaker() + " sentiment"));
            case AnswerSource.SentimentTrend trend -> first(findings, "sentiment.trend", trend.speaker(), null)
                    .map(found -> new QuestionResult(question,
                            trend.failingLabels().contains(found.label()) ? Answer.NO : Answer.YES, 1.0,
                            clamp(found.confidence()), found.evidence(),
                            trend.speaker() + " sentiment " + found.label(), true))
                    .orElseGet(() -> notApplicable(question, "no " + trend.speaker() + " sentiment trend"));
        };
    }

    private static QuestionResult fromFinding(Question question, Answer answer, Finding found, String why) {
        double strength = clamp(found.score() > 0 ? found.score() : 1.0);
        String how = strength < 1 ? String.format(Locale.ROOT, " (semantic match %.2f)", strength) : "";
        return new QuestionResult(question, answer, strength, clamp(found.confidence()), found.evidence(), why + how, true);
    }

    private static QuestionResult absence(Question question, Answer answer, double speechConfidence, String why) {
        // Nothing was found: as sure as the words were heard, since a misheard phrase is the way a rule misses.
        return new QuestionResult(question, answer, 1.0, speechConfidence, List.of(Evidence.WHOLE_INTERACTION), why,
                false);
    }

    private static QuestionResult bounded(Question question, Finding found, Double atLeast, Double atMost, String what) {
        double value = found.score();
        boolean within = (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
        String bounds = (atLeast == null ? "" : " at least " + format(atLeast))
                + (atMost == null ? "" : (atLeast == null ? "" : " and") + " at most " + format(atMost));
        return new QuestionResult(question, within ? Answer.YES : Answer.NO, 1.0, clamp(found.confidence()),
                found.evidence(), what + " " + format(value) + (within ? " is" : " is not") + bounds, true);
    }

    private static QuestionResult notApplicable(Question question, String why) {
        return new QuestionResult(question, Answer.NOT_APPLICABLE, 1.0, 1.0, List.of(Evidence.WHOLE_INTERACTION), why,
                false);
    }

    private static Optional<Finding> first(List<Finding> findings, String type, String name, String label) {
        return findings.stream()
                .filter(finding -> finding.type().equals(type) && finding.name().equals(name)
                        && (label == null || label.equals(finding.label())))
                .findFirst();
    }

    static double meanConfidence(Interaction interaction) {
        return interaction.turns().stream().mapToDouble(Turn::confidence).average().orElse(1.0);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
