package io.touchpoint.insights.kpi;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One group of a KPI result.
 *
 * @param dimensionValues the group's value of each query dimension, in query order; an element is null where
 *        the interactions have no value (no queue, not yet categorized)
 * @param volume the number of interactions in the group
 * @param values each measure that has data in the group; a measure without data is absent, not zero
 */
public record KpiRow(List<String> dimensionValues, long volume, Map<Kpi, Double> values) {

    public KpiRow {
        // List.copyOf rejects nulls, and a missing dimension value is a legitimate null.
        dimensionValues = Collections.unmodifiableList(new java.util.ArrayList<>(
                requireNonNull(dimensionValues, "KpiRow.dimensionValues is null")));
        if (volume < 0) {
            throw new IllegalArgumentException("KpiRow.volume " + volume + " is negative");
        }
        requireNonNull(values, "KpiRow.values is null");
        EnumMap<Kpi, Double> copy = new EnumMap<>(Kpi.class);
        values.forEach((kpi, value) -> copy.put(requireNonNull(kpi, "KpiRow.values has a null key"),
                requireNonNull(value, "KpiRow.values has a null value for " + kpi)));
        values = Collections.unmodifiableMap(copy);
    }

    /** The measure's value, empty when the group has no data for it. */
    public OptionalDouble value(Kpi kpi) {
        Double value = values.get(requireNonNull(kpi, "kpi is null"));
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
