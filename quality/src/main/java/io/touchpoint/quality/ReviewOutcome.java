package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a review changed.
 *
 * @param recorded the answers stored, each a confirmation or an overturn
 * @param closed every flagged answer of the item now has a human answer
 * @param stillFlagged flagged questions that still need an answer (empty when closed)
 */
public record ReviewOutcome(ReviewItem item, List<RecordedAnswer> recorded, Score autoScore, Score finalScore,
        String finalLabel, boolean closed, List<String> stillFlagged) {

    /** One stored human answer. */
    public record RecordedAnswer(String question, Answer machineAnswer, Answer humanAnswer, long auditSeq) {
        public RecordedAnswer {
            requireNonNull(question, "question is null");
            requireNonNull(machineAnswer, "machineAnswer is null");
            requireNonNull(humanAnswer, "humanAnswer is null");
        }

        public boolean overturned() {
            return machineAnswer != humanAnswer;
        }
    }

    public ReviewOutcome {
        requireNonNull(item, "item is null");
        recorded = List.copyOf(recorded);
        requireNonNull(autoScore, "autoScore is null");
        requireNonNull(finalScore, "finalScore is null");
        stillFlagged = List.copyOf(stillFlagged);
    }
}
