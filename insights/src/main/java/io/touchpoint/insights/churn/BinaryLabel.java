package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which label value means "churned". Only the usual two-valued spellings are accepted (Yes/No,
 * 1/0, true/false, Y/N, churned/active), compared case-insensitively, so that a label column
 * picked by mistake (a plan name, a charge) fails loudly instead of training nonsense.
 */
public record BinaryLabel(String positive, String negative) {

    private static final List<List<String>> KNOWN_PAIRS = List.of(
            List.of("yes", "no"), List.of("1", "0"), List.of("true", "false"), List.of("y", "n"),
            List.of("t", "f"), List.of("1.0", "0.0"), List.of("churned", "active"), List.of("churn", "stay"));

    public BinaryLabel {
        requireNonNull(positive, "positive is null");
        requireNonNull(negative, "negative is null");
        if (positive.equalsIgnoreCase(negative)) {
            throw new IllegalArgumentException("positive and negative label are both '" + positive + "'");
        }
    }

    /** Finds the pair a label column uses; blank labels are refused because they cannot be trained on. */
    public static BinaryLabel detect(CustomerTable table, String labelColumn) {
        List<String> values = table.column(labelColumn);
        Set<String> distinct = new LinkedHashSet<>();
        int blanks = 0;
        for (String value : values) {
            if (value.isEmpty()) {
                blanks++;
            } else {
                distinct.add(value.toLowerCase(Locale.ROOT));
            }
        }
        if (blanks > 0) {
            throw TouchpointException.userError(table.source() + ": label column '" + labelColumn + "' is blank in "
                    + blanks + " rows; every training row needs a label (drop or fill those rows)");
        }
        for (List<String> pair : KNOWN_PAIRS) {
            if (pair.containsAll(distinct) && !distinct.isEmpty()) {
                if (distinct.size() < 2) {
                    throw TouchpointException.userError(table.source() + ": label column '" + labelColumn
                            + "' has only the value '" + distinct.iterator().next()
                            + "'; a churn model needs both churned and retained customers");
                }
                return new BinaryLabel(pair.get(0), pair.get(1));
            }
        }
        List<String> shown = distinct.stream().limit(10).toList();
        throw TouchpointException.userError(table.source() + ": label column '" + labelColumn
                + "' is not binary: found " + distinct.size() + " distinct values " + shown
                + (distinct.size() > shown.size() ? " ..." : "")
                + "; expected two values such as Yes/No, 1/0 or true/false");
    }

    /** 1 for the positive (churned) value, 0 for the negative one. */
    public int encode(String value, String source, int row) {
        if (value.equalsIgnoreCase(positive)) {
            return 1;
        }
        if (value.equalsIgnoreCase(negative)) {
            return 0;
        }
        throw TouchpointException.userError(source + ": row " + row + " has label '" + value + "', expected '"
                + positive + "' or '" + negative + "'");
    }
}
