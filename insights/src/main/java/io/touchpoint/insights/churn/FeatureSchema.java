package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The columns a model reads, how each is encoded, and the label. Inferred from a training table
 * and saved with the model, so scoring encodes a new table exactly as training did.
 */
public record FeatureSchema(String idColumn, String labelColumn, BinaryLabel label, List<FeatureColumn> columns) {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureSchema.class);

    /** More distinct text values than this look like an identifier or free text, not a category. */
    static final int MAX_CATEGORIES = 50;

    public FeatureSchema {
        requireNonNull(idColumn, "idColumn is null");
        requireNonNull(labelColumn, "labelColumn is null");
        requireNonNull(label, "label is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a schema needs at least one feature column");
        }
    }

    /**
     * Decides each column's kind: numeric when every non-blank cell parses as a number,
     * categorical otherwise. The id, the label and the excluded columns are left out; so are
     * columns that are always blank and text columns with more than {@value #MAX_CATEGORIES}
     * distinct values (logged).
     */
    public static FeatureSchema infer(CustomerTable table, String idColumn, String labelColumn, Collection<String> excluded) {
        return infer(table, idColumn, labelColumn, excluded, Map.of());
    }

    /** As {@link #infer(CustomerTable, String, String, Collection)}, with reason phrases for some numeric columns. */
    public static FeatureSchema infer(CustomerTable table, String idColumn, String labelColumn, Collection<String> excluded,
            Map<String, String> phrases) {
        table.indexOf(idColumn);
        table.indexOf(labelColumn);
        if (idColumn.equals(labelColumn)) {
            throw TouchpointException.userError("the id column and the label column are both '" + idColumn + "'");
        }
        for (String column : excluded) {
            table.indexOf(column);
        }
        BinaryLabel label = BinaryLabel.detect(table, labelColumn);
        Set<String> skip = new HashSet<>(excluded);
        skip.add(idColumn);
        skip.add(labelColumn);
        List<FeatureColumn> features = new ArrayList<>();
        for (String name : table.columns()) {
            if (skip.contains(name)) {
                continue;
            }
            List<String> cells = table.column(name);
            boolean anyValue = false;
            boolean numeric = true;
            Map<String, Integer> counts = new HashMap<>();
            for (String cell : cells) {
                if (cell.isEmpty()) {
                    continue;
                }
                anyValue = true;
                counts.merge(cell, 1, Integer::sum);
                if (numeric && parseNumber(cell) == null) {
                    numeric = false;
                }
            }
            if (!anyValue) {
                LOG.warn("{}: column '{}' is blank in every row, left out", table.source(), name);
            } else if (numeric) {
                features.add(FeatureColumn.numeric(name, phrases.get(name)));
            } else if (counts.size() > MAX_CATEGORIES) {
                LOG.warn("{}: column '{}' has {} distinct text values, too many for a category; left out"
                        + " (exclude it, or pass it as numbers)", table.source(), name, counts.size());
            } else {
                // Most frequent first, so the one-hot layout reads naturally in the saved schema.
                List<String> categories = counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).toList();
                features.add(FeatureColumn.categorical(name, categories));
            }
        }
        if (features.isEmpty()) {
            throw TouchpointException.userError(table.source() + ": no feature columns left after the id column '" + idColumn
                    + "', the label column '" + labelColumn + "' and the excluded columns " + excluded);
        }
        LOG.info("{}: {} feature columns ({} numeric), label '{}' = '{}'", table.source(), features.size(),
                features.stream().filter(f -> f.kind() == FeatureColumn.Kind.NUMERIC).count(), labelColumn, label.positive());
        return new FeatureSchema(idColumn, labelColumn, label, features);
    }

    /** One name per model feature: the column name, or "column=category" for a one-hot feature. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (FeatureColumn column : columns) {
            if (column.kind() == FeatureColumn.Kind.NUMERIC) {
                names.add(column.name());
            } else {
                column.categories().forEach(category -> names.add(column.name() + "=" + category));
            }
        }
        return names;
    }

    public int width() {
        return columns.stream().mapToInt(FeatureColumn::width).sum();
    }

    /**
     * Encodes a table. The label is read when the table has the label column (training and
     * evaluation) and ignored otherwise (scoring).
     */
    public FeatureMatrix encode(CustomerTable table) {
        int idIndex = table.indexOf(idColumn);
        int[] sourceIndexes = columns.stream().mapToInt(column -> table.indexOf(column.name())).toArray();
        boolean withLabel = table.columns().contains(labelColumn);
        int labelIndex = withLabel ? table.indexOf(labelColumn) : -1;
        int width = width();
        float[] values = new float[table.size() * width];
        int[] labels = withLabel ? new int[table.size()] : new int[0];
        List<String> ids = new ArrayList<>(table.size());
        List<Map<String, Integer>> categoryPositions = columns.stream().map(FeatureSchema::positions).toList();
        for (int row = 0; row < table.size(); row++) {
            List<String> cells = table.rows().get(row);
            ids.add(cells.get(idIndex));
            if (withLabel) {
                labels[row] = label.encode(cells.get(labelIndex), table.source(), row + 2);
            }
            int offset = row * width;
            for (int c = 0; c < columns.size(); c++) {
                FeatureColumn column = columns.get(c);
                String cell = cells.get(sourceIndexes[c]);
                if (column.kind() == FeatureColumn.Kind.NUMERIC) {
                    Double number = cell.isEmpty() ? null : parseNumber(cell);
                    if (!cell.isEmpty() && number == null) {
                        throw TouchpointException.userError(table.source() + ": line " + (row + 2) + ", column '" + column.name()
                                + "': '" + cell + "' is not a number (the model was trained with numbers in this column)");
                    }
                    values[offset] = number == null ? Float.NaN : number.floatValue();
                } else {
                    Integer position = categoryPositions.get(c).get(cell);
                    if (position != null) {
                        values[offset + position] = 1f;
                    }
                }
                offset += column.width();
            }
        }
        return new FeatureMatrix(ids, values, width, labels);
    }

    private static Map<String, Integer> positions(FeatureColumn column) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < column.categories().size(); i++) {
            positions.put(column.categories().get(i), i);
        }
        return positions;
    }

    /** Which column a model feature came from and, for a one-hot feature, which category. */
    FeatureSource sourceOf(int featureIndex) {
        int offset = 0;
        for (FeatureColumn column : columns) {
            if (featureIndex < offset + column.width()) {
                return new FeatureSource(column, column.kind() == FeatureColumn.Kind.NUMERIC ? -1 : featureIndex - offset);
            }
            offset += column.width();
        }
        throw new IndexOutOfBoundsException("feature " + featureIndex + " of " + offset);
    }

    record FeatureSource(FeatureColumn column, int category) {
    }

    static Double parseNumber(String cell) {
        try {
            double value = Double.parseDouble(cell);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
