package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import io.touchpoint.quality.scorecard.Scorecard;
import java.util.List;
import java.util.Optional;

/** One scorecard applied to one interaction: every question's answer and the total. */
public record ScorecardResult(Scorecard scorecard, List<QuestionResult> answers, Score score) {

    public ScorecardResult {
        requireNonNull(scorecard, "scorecard is null");
        answers = List.copyOf(requireNonNull(answers, "answers is null"));
        requireNonNull(score, "score is null");
    }

    public String label() {
        return score.label(scorecard.passMark());
    }

    public Optional<QuestionResult> answer(String questionId) {
        return answers.stream().filter(answer -> answer.question().id().equals(questionId)).findFirst();
    }

    /** The lowest confidence among the applicable answers; 1 when none applies. */
    public double confidence() {
        return answers.stream().filter(answer -> answer.answer() != Answer.NOT_APPLICABLE)
                .mapToDouble(QuestionResult::confidence).min().orElse(1.0);
    }
}
