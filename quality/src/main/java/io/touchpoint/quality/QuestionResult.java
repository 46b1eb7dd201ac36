package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.quality.scorecard.Question;
import java.util.List;

/**
 * The automatic answer to one question, with what it rests on.
 *
 * @param strength how exact the underlying match is: 1 for an exact phrase, a measured value or an
 *     absence; the similarity for a {@code semantic:} match
 * @param confidence the strength times the speech confidence of the words (1 for typed text)
 * @param evidence the spans of the underlying finding, or the whole interaction
 * @param why a short explanation for people, e.g. {@code behaviour greeting missing}
 * @param fromFinding the answer rests on a finding that is there (a breach found, a behaviour present or
 *     missing, a metric), not on the absence of one
 */
public record QuestionResult(Question question, Answer answer, double strength, double confidence,
        List<Evidence> evidence, String why, boolean fromFinding) {

    public QuestionResult {
        requireNonNull(question, "question is null");
        requireNonNull(answer, "answer is null");
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("question " + question.id() + ": strength " + strength + " is outside [0, 1]");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("question " + question.id() + ": confidence " + confidence
                    + " is outside [0, 1]");
        }
        evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
        if (evidence.isEmpty()) {
            evidence = List.of(Evidence.WHOLE_INTERACTION);
        }
        why = why == null ? "" : why;
    }

    /** True when the answer rests on a {@code semantic:} (embedding) match rather than exact words. */
    public boolean semantic() {
        return strength < 1.0;
    }
}
