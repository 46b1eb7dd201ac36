package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One question of a scorecard on one interaction, as a reviewer sees it.
 *
 * @param source what the machine answer rests on, e.g. {@code compliance:recording.disclosure_missing}
 * @param why the machine's explanation, e.g. {@code behaviour greeting missing}
 * @param flagReasons why the answer was flagged for review; empty when it was not
 * @param humanAnswer the latest reviewer's answer, or null when no reviewer answered (see {@link #human()})
 * @param fromFinding the machine answer rests on a finding that is there, not on an absence
 */
public record AnswerView(String question, String text, String section, double weight, boolean autoFail,
        String source, Answer machineAnswer, double confidence, boolean semantic, String why,
        List<EvidenceView> evidence, List<String> flagReasons, Answer humanAnswer, boolean fromFinding) {

    public AnswerView {
        requireNonNull(question, "question is null");
        requireNonNull(machineAnswer, "machineAnswer is null");
        evidence = List.copyOf(evidence);
        flagReasons = List.copyOf(flagReasons);
    }

    public boolean flagged() {
        return !flagReasons.isEmpty();
    }

    /** The latest reviewer's answer, if any. */
    public Optional<Answer> human() {
        return Optional.ofNullable(humanAnswer);
    }

    /** The answer that counts: the reviewer's where there is one. */
    public Answer finalAnswer() {
        return humanAnswer == null ? machineAnswer : humanAnswer;
    }
}
