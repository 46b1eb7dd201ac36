package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything a reviewer needs for one item: the item, every answer with its evidence, and the
 * score before and after human answers.
 */
public record ReviewDetail(ReviewItem item, List<AnswerView> answers, Score autoScore, Score finalScore,
        double passMark) {

    public ReviewDetail {
        requireNonNull(item, "item is null");
        answers = List.copyOf(answers);
        requireNonNull(autoScore, "autoScore is null");
        requireNonNull(finalScore, "finalScore is null");
    }
}
