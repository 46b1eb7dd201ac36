package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.facts.IdList;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.insights.process.CostModel;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The what-if calculator: "shrink the handle time of category X by N seconds" in money per year.
 *
 * <pre>{@code
 * WhatIfResult result = WhatIf.shrinkHandleTime(store, CostModel.defaults(), QuantifySettings.defaults(),
 *         "Billing/Late fee", 30);
 * result.moneyPerYear();
 * }</pre>
 */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * @throws TouchpointException USER_ERROR when no interaction of the period carries the category, naming the
     *     known categories
     */
    public static WhatIfResult shrinkHandleTime(TouchpointStore store, CostModel cost, QuantifySettings settings,
                                                String category, double shrinkSeconds) {
        requireNonNull(store, "store is null");
        InteractionFacts.ensureFresh(store);
        return shrinkHandleTime(store.duckdb(), cost, settings, category, shrinkSeconds);
    }

    public static WhatIfResult shrinkHandleTime(Connection connection, CostModel cost, QuantifySettings settings,
                                                String category, double shrinkSeconds) {
        requireNonNull(cost, "cost is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(category, "category is null");
        if (category.isBlank()) {
            throw TouchpointException.userError("the category is blank: name a category path such as 'Billing/Late fee'"
                    + " or a top level such as 'Billing'");
        }
        if (!Double.isFinite(shrinkSeconds) || shrinkSeconds <= 0) {
            throw TouchpointException.userError("shrink seconds must be a positive number, got " + shrinkSeconds);
        }
        try {
            Quantifier.Period period = Quantifier.period(connection, settings);
            String sql = Quantifier.base(settings) + """
                    , matched AS (
                        SELECT DISTINCT interaction_id FROM findings
                        WHERE type = 'category' AND (lower(name) = lower(?) OR lower(name) LIKE lower(?) || '/%%')
                    )
                    SELECT count(*), avg(f.ht), avg(least(f.ht, %s)),
                           array_slice(list(f.interaction_id ORDER BY f.started_at DESC, f.interaction_id), 1, 10)
                    FROM f JOIN matched m ON m.interaction_id = f.interaction_id
                    WHERE f.ht IS NOT NULL""".formatted(Double.toString(shrinkSeconds));
            try (PreparedStatement statement = Quantifier.prepare(connection, settings, sql)) {
                statement.setString(3, category.trim());
                statement.setString(4, category.trim());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    long count = rows.getLong(1);
                    if (count == 0) {
                        throw TouchpointException.userError("no interaction on " + String.join(", ",
                                settings.handleTimeChannels().stream().sorted().toList()) + " carries the category '"
                                + category + "' in the period; known categories: " + known(connection));
                    }
                    double mean = rows.getDouble(2);
                    double effective = rows.getDouble(3);
                    double yearly = count * 365.0 / period.days();
                    double minutes = yearly * effective / 60.0;
                    return new WhatIfResult(category.trim(), shrinkSeconds, count, yearly, mean, effective, minutes,
                            minutes * cost.costPerAgentMinute(), cost.fullTimeEquivalents(minutes),
                            IdList.of(rows.getArray(4)));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("what-if query failed: " + e.getMessage(), e);
        }
    }

    private static String known(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT string_agg(DISTINCT name, ', ' ORDER BY name) FROM findings WHERE type = 'category'");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            String names = rows.getString(1);
            return names == null ? "(none: run 'touchpoint analyze' first)" : names;
        }
    }
}
