package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reviewer's answers to one review item.
 *
 * @param answers by question id; an answer equal to the machine's confirms it, another overturns it
 * @param confirmRest also confirm every flagged answer not given in {@code answers}
 */
public record ReviewSubmission(String reviewer, Map<String, Answer> answers, String comment, boolean confirmRest) {

    public ReviewSubmission {
        requireNonNull(reviewer, "reviewer is null");
        if (reviewer.isBlank()) {
            throw new IllegalArgumentException("the reviewer's name is blank; say who reviews (--reviewer NAME)");
        }
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(answers, "answers is null")));
        comment = comment == null ? "" : comment;
        if (answers.isEmpty() && !confirmRest) {
            throw new IllegalArgumentException("a review needs at least one answer (--answer QUESTION=yes|no|na) "
                    + "or --confirm-rest");
        }
    }
}
