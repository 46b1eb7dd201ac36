package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A group of questions with a weight: its share of the scorecard's 100 points.
 *
 * @param weight relative to the other sections (positive); sections whose questions are all
 *     not applicable drop out and the rest are rescaled
 */
public record Section(String id, String title, double weight, List<Question> questions) {

    public Section {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("section " + id + ": weight " + weight + " must be a positive number");
        }
        questions = List.copyOf(requireNonNull(questions, "questions is null"));
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("section " + id + " has no questions");
        }
    }
}
