package io.touchpoint.text.keywords;

import static java.util.Objects.requireNonNull;

/** A term or phrase and how strongly it characterizes a text or a group of texts. */
public record Keyword(String term, double weight, int count) {

    public Keyword {
        requireNonNull(term, "term is null");
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight is not finite: " + weight);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }
}
