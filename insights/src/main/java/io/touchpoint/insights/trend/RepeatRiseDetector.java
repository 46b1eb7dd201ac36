package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.insights.facts.IdList;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Finds contact reasons whose repeat-contact rate is rising: "the same issue keeps failing". For each reason the
 * recent weeks are compared with the weeks before them by a one-sided two-proportion z-test; an alert needs a
 * small p-value, a rate at least {@code minRatio} times the baseline and enough recent repeats to act on.
 *
 * <pre>{@code
 * List<RepeatRise> alerts = RepeatRiseDetector.detect(store, RepeatRiseDetector.Settings.defaults());
 * }</pre>
 */
public final class RepeatRiseDetector {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    /**
     * @param recentWeeks weeks judged (default 3)
     * @param baselineWeeks weeks before them that set the usual rate (default 6)
     * @param repeatDays a contact is repeated when the customer comes back with the same reason within this many
     *        days (default 7)
     * @param alpha p-value below which a rise counts (default 0.001)
     * @param minRatio recent rate over baseline rate at least this (default 1.5)
     * @param minRecentRepeats recent repeats at least this (default 10)
     */
    public record Settings(int recentWeeks, int baselineWeeks, int repeatDays, double alpha, double minRatio,
                           int minRecentRepeats) {
        public Settings {
            if (recentWeeks < 1 || baselineWeeks < 1 || repeatDays < 1) {
                throw new IllegalArgumentException("RepeatRiseDetector.Settings: weeks and repeat days must be "
                        + "positive, got " + recentWeeks + ", " + baselineWeeks + ", " + repeatDays);
            }
            if (!(alpha > 0 && alpha < 1) || !(minRatio >= 1) || minRecentRepeats < 1) {
                throw new IllegalArgumentException("RepeatRiseDetector.Settings: alpha in (0, 1), minRatio >= 1 and "
                        + "minRecentRepeats >= 1 expected, got " + alpha + ", " + minRatio + ", " + minRecentRepeats);
            }
        }

        public static Settings defaults() {
            return new Settings(3, 6, 7, 0.001, 1.5, 10);
        }
    }

    private RepeatRiseDetector() {
    }

    public static List<RepeatRise> detect(TouchpointStore store, Settings settings) {
        requireNonNull(store, "store is null");
        InteractionFacts.ensureFresh(store);
        return detect(store.duckdb(), settings);
    }

    /** The alerts, strongest rise first, on a connection whose fact table is fresh. */
    public static List<RepeatRise> detect(Connection connection, Settings settings) {
        requireNonNull(settings, "settings is null");
        try {
            LocalDate lastDay;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT CAST(max(started_at) AS DATE) FROM insight_interaction_facts");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getDate(1) == null) {
                    return List.of();
                }
                lastDay = rows.getDate(1).toLocalDate();
            }
            // Contacts of the last repeatDays cannot have been repeated yet: the windows end before them.
            LocalDate end = lastDay.minusDays(settings.repeatDays() - 1L);
            LocalDate recentFrom = end.minusDays(7L * settings.recentWeeks());
            LocalDate baselineFrom = recentFrom.minusDays(7L * settings.baselineWeeks());
            Map<String, List<RepeatRise.WeekRate>> weekly = new LinkedHashMap<>();
            Map<String, long[]> totals = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT reason, CAST(? AS DATE) + 7 * CAST(floor(date_diff('day', CAST(? AS DATE), CAST(started_at AS DATE)) / 7) AS INTEGER) AS week,
                           count(*) AS contacts,
                           count(*) FILTER (WHERE next_same_reason_at IS NOT NULL
                                            AND next_same_reason_at <= started_at + INTERVAL %d DAY) AS repeats
                    FROM insight_interaction_facts
                    WHERE reason IS NOT NULL AND resolved_customer_id IS NOT NULL
                      AND started_at >= CAST(? AS TIMESTAMP) AND started_at < CAST(? AS TIMESTAMP)
                    GROUP BY ALL ORDER BY 1, 2""".formatted(settings.repeatDays()))) {
                statement.setString(1, baselineFrom.toString());
                statement.setString(2, baselineFrom.toString());
                statement.setString(3, baselineFrom + " 00:00:00");
                statement.setString(4, end + " 00:00:00");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String reason = rows.getString(1);
                        LocalDate week = rows.getDate(2).toLocalDate();
                        long contacts = rows.getLong(3);
                        long repeats = rows.getLong(4);
                        weekly.computeIfAbsent(reason, r -> new ArrayList<>())
                                .add(new RepeatRise.WeekRate(week, contacts, repeats, (double) repeats / contacts));
                        long[] sums = totals.computeIfAbsent(reason, r -> new long[4]);
                        int offset = week.isBefore(recentFrom) ? 0 : 2;
                        sums[offset] += contacts;
                        sums[offset + 1] += repeats;
                    }
                }
            }
            List<RepeatRise> alerts = new ArrayList<>();
            for (Map.Entry<String, long[]> entry : totals.entrySet()) {
                long[] sums = entry.getValue();
                if (sums[0] == 0 || sums[2] == 0 || sums[3] < settings.minRecentRepeats()) {
                    continue;
                }
                double baselineRate = (double) sums[1] / sums[0];
                double recentRate = (double) sums[3] / sums[2];
                double pooled = (double) (sums[1] + sums[3]) / (sums[0] + sums[2]);
                double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / sums[0] + 1.0 / sums[2]));
                double pValue = standardError == 0 ? 1.0
                        : 1 - NORMAL.cumulativeProbability((recentRate - baselineRate) / standardError);
                if (pValue < settings.alpha() && recentRate >= settings.minRatio() * baselineRate) {
                    alerts.add(new RepeatRise(entry.getKey(), baselineFrom, recentFrom, end.minusDays(1), sums[0],
                            sums[1], sums[2], sums[3], baselineRate, recentRate, pValue, weekly.get(entry.getKey()),
                            examples(connection, entry.getKey(), recentFrom, end, settings.repeatDays())));
                }
            }
            alerts.sort(Comparator.comparingDouble(RepeatRise::pValue).thenComparing(RepeatRise::reason));
            return alerts;
        } catch (SQLException e) {
            throw TouchpointException.external("repeat-contact trend query failed: " + e.getMessage(), e);
        }
    }

    private static List<String> examples(Connection connection, String reason, LocalDate from, LocalDate end,
                                         int repeatDays) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT array_slice(list(interaction_id ORDER BY started_at DESC, interaction_id), 1, 10)
                FROM insight_interaction_facts
                WHERE reason = ? AND started_at >= CAST(? AS TIMESTAMP) AND started_at < CAST(? AS TIMESTAMP)
                  AND next_same_reason_at IS NOT NULL AND next_same_reason_at <= started_at + INTERVAL %d DAY"""
                .formatted(repeatDays))) {
            statement.setString(1, reason);
            statement.setString(2, from + " 00:00:00");
            statement.setString(3, end + " 00:00:00");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return IdList.of(rows.getArray(1));
            }
        }
    }
}
