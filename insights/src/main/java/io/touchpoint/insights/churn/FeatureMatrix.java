package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Encoded rows ready for XGBoost: row-major floats, {@link Float#NaN} for missing values.
 * {@code labels} is empty when the table had no label column (scoring).
 */
public record FeatureMatrix(List<String> ids, float[] values, int columns, int[] labels) {

    public FeatureMatrix {
        ids = List.copyOf(requireNonNull(ids, "ids is null"));
        requireNonNull(values, "values is null");
        requireNonNull(labels, "labels is null");
        if (columns <= 0) {
            throw new IllegalArgumentException("columns must be positive, was " + columns);
        }
        if (values.length != ids.size() * columns) {
            throw new IllegalArgumentException("values has " + values.length + " cells, expected " + ids.size() + " x " + columns);
        }
        if (labels.length != 0 && labels.length != ids.size()) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries for " + ids.size() + " rows");
        }
    }

    public int rows() {
        return ids.size();
    }

    public boolean labelled() {
        return labels.length == rows();
    }

    public float value(int row, int column) {
        return values[row * columns + column];
    }

    /** The given rows, in that order. */
    public FeatureMatrix select(int[] rowIndexes) {
        float[] selected = new float[rowIndexes.length * columns];
        String[] selectedIds = new String[rowIndexes.length];
        int[] selectedLabels = labelled() ? new int[rowIndexes.length] : new int[0];
        for (int i = 0; i < rowIndexes.length; i++) {
            int row = rowIndexes[i];
            System.arraycopy(values, row * columns, selected, i * columns, columns);
            selectedIds[i] = ids.get(row);
            if (labelled()) {
                selectedLabels[i] = labels[row];
            }
        }
        return new FeatureMatrix(List.of(selectedIds), selected, columns, selectedLabels);
    }
}
