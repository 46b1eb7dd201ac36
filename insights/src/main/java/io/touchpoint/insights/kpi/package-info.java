/**
 * Contact-center KPIs computed in DuckDB: {@link io.touchpoint.insights.kpi.KpiEngine} runs a
 * {@link io.touchpoint.insights.kpi.KpiQuery} (dimensions, window, filters, thresholds) as one SQL
 * statement and returns {@link io.touchpoint.insights.kpi.KpiRow}s. Definitions: docs/kpi.md.
 */
package io.touchpoint.insights.kpi;
