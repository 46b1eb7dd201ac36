package io.touchpoint.server.dashboard;

import static java.util.Objects.requireNonNull;

import io.touchpoint.insights.kpi.Kpi;
import io.touchpoint.insights.kpi.KpiDimension;
import io.touchpoint.insights.kpi.KpiEngine;
import io.touchpoint.insights.kpi.KpiQuery;
import io.touchpoint.insights.kpi.KpiResult;
import io.touchpoint.insights.kpi.KpiRow;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * KPIs over time for charts, within a user's scope: one line per group (channel, category...) per
 * measure, on a shared time axis. Runs the insights module's {@link KpiEngine}, so the numbers are
 * the ones {@code touchpoint kpi} prints.
 */
final class KpiSeries {

    /** The measures the overview charts: volume plus these. */
    static final List<Kpi> CHARTED = List.of(Kpi.AHT_S, Kpi.FCR_RATE, Kpi.CUSTOMER_SENTIMENT, Kpi.CSAT, Kpi.QA_SCORE);

    /** One line: its name and a value per x (null where the group had nothing that period). */
    record Line(String name, List<Double> data) {
    }

    /**
     * @param x the periods, oldest first
     * @param metrics per measure column ({@code volume}, {@code aht_s}...), the lines
     * @param totals per measure, the value over everything in scope
     */
    record Chart(List<String> x, Map<String, List<Line>> metrics, Map<String, Double> totals) {
    }

    private final TouchpointStore store;

    KpiSeries(TouchpointStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /**
     * {@code time} (day, week or month) against {@code group} (channel, queue, category...), or one
     * line named "all" when {@code group} is null.
     */
    Chart chart(DataScope scope, KpiDimension time, KpiDimension group) {
        List<String> agents = ScopeClause.agents(scope);
        if (scope instanceof DataScope.Agents && agents.isEmpty()) {
            return new Chart(List.of(), Map.of(), Map.of());
        }
        try (Connection connection = store.openReader()) {
            KpiResult byTime = KpiEngine.run(connection, KpiQuery.by(group == null ? List.of(time) : List.of(time, group))
                    .withAgents(agents));
            KpiResult overall = KpiEngine.run(connection, KpiQuery.by(List.of()).withAgents(agents));
            TreeSet<String> periods = new TreeSet<>();
            TreeSet<String> groups = new TreeSet<>();
            Map<String, KpiRow> cells = new LinkedHashMap<>();
            for (KpiRow row : byTime.rows()) {
                String period = row.dimensionValues().get(0);
                String name = group == null ? "all"
                        : row.dimensionValues().get(1) == null ? "(none)" : row.dimensionValues().get(1);
                if (period == null) {
                    continue;
                }
                periods.add(period);
                groups.add(name);
                cells.put(period + "\u0000" + name, row);
            }
            List<String> x = List.copyOf(periods);
            Map<String, List<Line>> metrics = new LinkedHashMap<>();
            metrics.put("volume", lines(x, groups, cells, null));
            for (Kpi kpi : CHARTED) {
                metrics.put(kpi.column(), lines(x, groups, cells, kpi));
            }
            Map<String, Double> totals = new LinkedHashMap<>();
            overall.rows().stream().findFirst().ifPresent(row -> {
                totals.put("volume", (double) row.volume());
                for (Kpi kpi : Kpi.values()) {
                    OptionalDouble value = row.value(kpi);
                    if (value.isPresent()) {
                        totals.put(kpi.column(), value.getAsDouble());
                    }
                }
            });
            return new Chart(x, metrics, totals);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a read connection to the store: " + e.getMessage(), e);
        }
    }

    private static List<Line> lines(List<String> x, TreeSet<String> groups, Map<String, KpiRow> cells, Kpi kpi) {
        List<Line> lines = new ArrayList<>();
        for (String group : groups) {
            List<Double> data = new ArrayList<>(x.size());
            for (String period : x) {
                KpiRow row = cells.get(period + "\u0000" + group);
                if (row == null) {
                    data.add(kpi == null ? 0.0 : null);
                } else if (kpi == null) {
                    data.add((double) row.volume());
                } else {
                    OptionalDouble value = row.value(kpi);
                    data.add(value.isPresent() ? round(value.getAsDouble()) : null);
                }
            }
            lines.add(new Line(group, data));
        }
        return lines;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
