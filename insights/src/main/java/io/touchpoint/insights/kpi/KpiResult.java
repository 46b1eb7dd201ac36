package io.touchpoint.insights.kpi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The groups of one {@link KpiQuery}, ordered by dimension values (nulls last).
 *
 * @param query what was computed
 * @param rows one row per group that has at least one interaction
 */
public record KpiResult(KpiQuery query, List<KpiRow> rows) {

    public KpiResult {
        requireNonNull(query, "KpiResult.query is null");
        rows = List.copyOf(requireNonNull(rows, "KpiResult.rows is null"));
        for (KpiRow row : rows) {
            if (row.dimensionValues().size() != query.dimensions().size()) {
                throw new IllegalArgumentException("KpiResult.rows: row has " + row.dimensionValues().size()
                        + " dimension values, query has " + query.dimensions().size() + " dimensions");
            }
        }
    }

    /** The row whose dimension values are exactly {@code values}, in query order. */
    public Optional<KpiRow> row(String... values) {
        List<String> wanted = java.util.Arrays.asList(values);
        return rows.stream().filter(row -> row.dimensionValues().equals(wanted)).findFirst();
    }
}
