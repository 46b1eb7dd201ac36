package io.touchpoint.insights.churn;

import io.touchpoint.insights.churn.FeatureColumn.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns one row's SHAP contributions into sentences. Contributions of a categorical column's
 * one-hot features are added up, so the sentence names the customer's actual value ("Contract
 * is Month-to-month") rather than a category they do not have.
 */
final class ReasonSentences {

    private ReasonSentences() {
    }

    /** The columns that raise this row's risk the most, strongest first, at most {@code limit}. */
    static List<ChurnReason> reasons(FeatureSchema schema, FeatureMatrix matrix, int row, float[] contributions, int limit) {
        List<ChurnReason> reasons = new ArrayList<>();
        int offset = 0;
        for (FeatureColumn column : schema.columns()) {
            double total = 0;
            for (int k = 0; k < column.width(); k++) {
                total += contributions[offset + k];
            }
            // Tiny contributions are noise from trees that barely use the column.
            if (total > 0.01) {
                reasons.add(new ChurnReason(column.name(), total, sentence(column, matrix, row, offset)));
            }
            offset += column.width();
        }
        reasons.sort(Comparator.comparingDouble(ChurnReason::contribution).reversed());
        return reasons.size() > limit ? List.copyOf(reasons.subList(0, limit)) : reasons;
    }

    static String sentence(FeatureColumn column, FeatureMatrix matrix, int row, int offset) {
        if (column.kind() == Kind.NUMERIC) {
            float value = matrix.value(row, offset);
            // A phrase may carry its blank form after a '|': "contract ends in {value} days|no fixed contract end".
            int bar = column.phrase().indexOf('|');
            String phrase = bar < 0 ? column.phrase() : column.phrase().substring(0, bar);
            if (Float.isNaN(value)) {
                return bar < 0 ? column.name() + " is blank (raises risk)" : column.phrase().substring(bar + 1);
            }
            String formatted = format(value);
            if (!phrase.isEmpty()) {
                return phrase.replace("{value}", formatted);
            }
            return column.name() + " is " + formatted + " (raises risk)";
        }
        for (int k = 0; k < column.width(); k++) {
            if (matrix.value(row, offset + k) == 1f) {
                return column.name() + " is " + column.categories().get(k);
            }
        }
        return column.name() + " is blank or a value unseen in training";
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
