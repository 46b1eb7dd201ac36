package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One input column of the model. A numeric column becomes one feature (blank = missing, which
 * XGBoost routes down its learned default branch); a categorical column becomes one 0/1 feature
 * per category seen in training (blank or unseen = all zeros).
 *
 * @param phrase how a reason sentence names this column's value, with {@code {value}} where the
 *     value goes ("contract ends in {value} days"), optionally followed by '|' and the sentence for a
 *     blank value; empty for the generic "name is value" form
 */
public record FeatureColumn(String name, Kind kind, List<String> categories, String phrase) {

    public enum Kind { NUMERIC, CATEGORICAL }

    public FeatureColumn {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
        phrase = phrase == null ? "" : phrase;
        if (kind == Kind.NUMERIC && !categories.isEmpty()) {
            throw new IllegalArgumentException("numeric column '" + name + "' cannot have categories");
        }
        if (kind == Kind.CATEGORICAL && categories.isEmpty()) {
            throw new IllegalArgumentException("categorical column '" + name + "' has no categories");
        }
    }

    public static FeatureColumn numeric(String name, String phrase) {
        return new FeatureColumn(name, Kind.NUMERIC, List.of(), phrase);
    }

    public static FeatureColumn categorical(String name, List<String> categories) {
        return new FeatureColumn(name, Kind.CATEGORICAL, categories, "");
    }

    /** How many model features this column turns into. */
    public int width() {
        return kind == Kind.NUMERIC ? 1 : categories.size();
    }
}
