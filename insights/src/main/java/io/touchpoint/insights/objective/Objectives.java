package io.touchpoint.insights.objective;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.InsightsSchema;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Improvement objectives kept in the store ({@code insight_objectives}), each change appended to the audit log, and
 * measured after their change with a before/after comparison and significance tests.
 *
 * <pre>{@code
 * Objectives objectives = new Objectives(store);
 * Objective late = objectives.add("Late-fee FAQ", ObjectiveMetric.AHT_S, 240, "Billing/Late fee", "ops-lead", "alice");
 * objectives.setStatus(late.id(), ObjectiveStatus.IN_PROGRESS, "alice");
 * Measurement result = objectives.measure(late.id(), LocalDate.parse("2026-03-01"), 28, "alice");
 * result.verdict();   // achieved | improved | no_significant_change | worse | insufficient_data
 * }</pre>
 */
public final class Objectives {

    /** Default days on each side of the change date. */
    public static final int DEFAULT_WINDOW_DAYS = 28;
    /** Significance level of {@link Measurement#improved()}. */
    public static final double ALPHA = 0.05;

    private final TouchpointStore store;

    public Objectives(TouchpointStore store) {
        this.store = requireNonNull(store, "store is null");
        InsightsSchema.ensure(store);
    }

    /**
     * Saves a new objective as {@code proposed}.
     *
     * @throws TouchpointException USER_ERROR for a blank name or owner
     */
    public Objective add(String name, ObjectiveMetric metric, double target, String category, String owner,
                         String actor) {
        requireNonNull(metric, "metric is null");
        String cleanName = required("name", name);
        String cleanOwner = required("owner", owner);
        if (!Double.isFinite(target)) {
            throw TouchpointException.userError("objective target must be a number, got " + target);
        }
        String cleanCategory = category == null || category.isBlank() ? null : category.trim();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String id = store.transaction(connection -> {
            long next;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT coalesce(max(CAST(substr(id, 5) AS BIGINT)), 0) + 1 FROM insight_objectives WHERE id LIKE 'obj-%'");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                next = rows.getLong(1);
            }
            String newId = "obj-" + next;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO insight_objectives VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL)")) {
                insert.setString(1, newId);
                insert.setString(2, cleanName);
                insert.setString(3, metric.wireName());
                insert.setDouble(4, target);
                insert.setString(5, cleanCategory);
                insert.setString(6, cleanOwner);
                insert.setString(7, ObjectiveStatus.PROPOSED.wireName());
                insert.setTimestamp(8, utc(now));
                insert.setTimestamp(9, utc(now));
                insert.executeUpdate();
            }
            return newId;
        });
        store.audit().append(actor(actor), "objective.add", "objective:" + id, InsightsJson.compact(get(id).orElseThrow()));
        return get(id).orElseThrow();
    }

    /** Every objective, oldest first. */
    public List<Objective> list() {
        return query("SELECT * FROM insight_objectives ORDER BY created_at, id", null);
    }

    public Optional<Objective> get(String id) {
        requireNonNull(id, "id is null");
        return query("SELECT * FROM insight_objectives WHERE id = ?", id).stream().findFirst();
    }

    /** Moves an objective to {@code status}; the audit log keeps the old and new status. */
    public Objective setStatus(String id, ObjectiveStatus status, String actor) {
        requireNonNull(status, "status is null");
        Objective before = existing(id);
        update(id, "status = ?", statement -> statement.setString(1, status.wireName()));
        store.audit().append(actor(actor), "objective.status", "objective:" + id,
                before.status().wireName() + " -> " + status.wireName());
        return existing(id);
    }

    /** Records when the objective's change went live. */
    public Objective setChangeDate(String id, LocalDate changeDate, String actor) {
        requireNonNull(changeDate, "changeDate is null");
        existing(id);
        update(id, "change_date = ?", statement -> statement.setDate(1, Date.valueOf(changeDate)));
        store.audit().append(actor(actor), "objective.change_date", "objective:" + id, changeDate.toString());
        return existing(id);
    }

    /**
     * Measures the objective's metric {@code windowDays} before and after {@code changeDate} (or its stored change
     * date when null), stores the result, sets the status to {@code measured} and audits it.
     *
     * @throws TouchpointException USER_ERROR when no change date is given or stored
     */
    public Measurement measure(String id, LocalDate changeDate, int windowDays, String actor) {
        Objective objective = existing(id);
        LocalDate date = changeDate != null ? changeDate : objective.changeDate();
        if (date == null) {
            throw TouchpointException.userError("objective " + id + " has no change date: give one (--change-date "
                    + "2026-03-01) so that it can be measured before and after");
        }
        InteractionFacts.ensureFresh(store);
        Measurement measurement = measure(store.duckdb(), ObjectiveMetric.parse(objective.metric()),
                objective.category(), date, windowDays, objective.target());
        String json = InsightsJson.compact(measurement);
        update(id, "change_date = ?, status = ?, last_measurement = ?", statement -> {
            statement.setDate(1, Date.valueOf(date));
            statement.setString(2, ObjectiveStatus.MEASURED.wireName());
            statement.setString(3, json);
        });
        store.audit().append(actor(actor), "objective.measure", "objective:" + id, json);
        return measurement;
    }

    /**
     * The before/after comparison on a connection whose fact table is fresh: interactions (of {@code category}'s
     * contact reason when given) in {@code [change - windowDays, change)} against {@code [change, change +
     * windowDays)}.
     */
    public static Measurement measure(Connection connection, ObjectiveMetric metric, String category,
                                      LocalDate changeDate, int windowDays, double target) {
        requireNonNull(metric, "metric is null");
        requireNonNull(changeDate, "changeDate is null");
        if (windowDays < 1 || windowDays > 366) {
            throw TouchpointException.userError("the measurement window must be 1..366 days, got " + windowDays);
        }
        LocalDate beforeFrom = changeDate.minusDays(windowDays);
        LocalDate afterTo = changeDate.plusDays(windowDays);
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        List<String> beforeIds = new ArrayList<>();
        List<String> afterIds = new ArrayList<>();
        String sql = """
                SELECT interaction_id, started_at >= CAST(? AS TIMESTAMP) AS after, value FROM (
                    SELECT interaction_id, started_at, %s AS value FROM insight_interaction_facts
                    WHERE started_at >= CAST(? AS TIMESTAMP) AND started_at < CAST(? AS TIMESTAMP)%s
                ) WHERE value IS NOT NULL ORDER BY started_at DESC, interaction_id""".formatted(metric.sql(),
                category == null ? "" : " AND (lower(reason) = lower(?) OR lower(reason) LIKE lower(?) || '/%')");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, changeDate + " 00:00:00");
            statement.setString(2, beforeFrom + " 00:00:00");
            statement.setString(3, afterTo + " 00:00:00");
            if (category != null) {
                statement.setString(4, category);
                statement.setString(5, category);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    boolean isAfter = rows.getBoolean(2);
                    (isAfter ? after : before).add(rows.getDouble(3));
                    List<String> ids = isAfter ? afterIds : beforeIds;
                    if (ids.size() < 10) {
                        ids.add(rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("objective measurement query failed: " + e.getMessage(), e);
        }
        double[] x = before.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = after.stream().mapToDouble(Double::doubleValue).toArray();
        Measurement.Window beforeWindow = window(beforeFrom, changeDate.minusDays(1), x, beforeIds);
        Measurement.Window afterWindow = window(changeDate, afterTo.minusDays(1), y, afterIds);
        double delta = afterWindow.mean() - beforeWindow.mean();
        double relative = beforeWindow.mean() == 0 ? Double.NaN : delta / Math.abs(beforeWindow.mean());
        boolean enough = x.length >= 2 && y.length >= 2;
        double welch = Double.NaN;
        double mannWhitney = Double.NaN;
        if (enough) {
            boolean constant = beforeWindow.standardDeviation() == 0 && afterWindow.standardDeviation() == 0;
            welch = constant ? (delta == 0 ? 1.0 : 0.0) : new TTest().tTest(x, y);
            mannWhitney = new MannWhitneyUTest().mannWhitneyUTest(x, y);
        }
        boolean better = metric.higherIsBetter() ? delta > 0 : delta < 0;
        boolean targetMet = y.length > 0 && (metric.higherIsBetter() ? afterWindow.mean() >= target
                : afterWindow.mean() <= target);
        boolean significant = enough && welch < ALPHA;
        String verdict;
        if (!enough) {
            verdict = "insufficient_data";
        } else if (significant && better) {
            verdict = targetMet ? "achieved" : "improved";
        } else if (significant) {
            verdict = "worse";
        } else {
            verdict = "no_significant_change";
        }
        return new Measurement(metric.wireName(), category, changeDate, beforeWindow, afterWindow, delta, relative, welch,
                mannWhitney, target, targetMet, significant && better, verdict);
    }

    private static Measurement.Window window(LocalDate from, LocalDate to, double[] values, List<String> ids) {
        double mean = values.length == 0 ? Double.NaN : java.util.Arrays.stream(values).average().orElse(Double.NaN);
        double deviation = values.length < 2 ? 0 : new StandardDeviation().evaluate(values);
        return new Measurement.Window(from, to, values.length, mean, deviation, ids);
    }

    // ------------------------------------------------------------------------------ storage

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String id, String assignments, Binder binder) {
        int parameters = (int) assignments.chars().filter(c -> c == '?').count();
        store.transaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE insight_objectives SET " + assignments + ", updated_at = ? WHERE id = ?")) {
                binder.bind(statement);
                statement.setTimestamp(parameters + 1, utc(Instant.now().truncatedTo(ChronoUnit.MICROS)));
                statement.setString(parameters + 2, id);
                statement.executeUpdate();
            }
            return null;
        });
    }

    private Objective existing(String id) {
        return get(id).orElseThrow(() -> TouchpointException.userError("no objective '" + id
                + "': 'touchpoint objectives list' shows the ids"));
    }

    private List<Objective> query(String sql, String parameter) {
        List<Objective> objectives = new ArrayList<>();
        Connection connection = store.duckdb();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Date change = rows.getDate("change_date");
                    String measurement = rows.getString("last_measurement");
                    objectives.add(new Objective(rows.getString("id"), rows.getString("name"), rows.getString("metric"),
                            rows.getDouble("target"), rows.getString("category"), rows.getString("owner"),
                            ObjectiveStatus.parse(rows.getString("status")),
                            change == null ? null : change.toLocalDate(), instant(rows.getTimestamp("created_at")),
                            instant(rows.getTimestamp("updated_at")),
                            measurement == null ? null : InsightsJson.read(measurement, Measurement.class)));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("reading objectives failed: " + e.getMessage(), e);
        }
        return objectives;
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw TouchpointException.userError("objective " + field + " is blank: give a " + field);
        }
        return value.trim();
    }

    private static String actor(String actor) {
        return actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor;
    }
}
