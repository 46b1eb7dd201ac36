package io.touchpoint.server.dashboard;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL behind the dashboard's lists and charts that the KPI engine does not answer: the
 * contact-reason counts, the filtered interaction list, agents with their counts, findings per week.
 * Every query carries the user's {@link ScopeClause}; each call opens its own read connection,
 * since requests run concurrently.
 */
final class DashboardQueries {

    /** A contact-reason path and how many interactions in scope carry it. */
    record CategoryCount(String path, long interactions) {
    }

    /** Filters of the interaction list; null fields are not applied. */
    record ListFilter(String channel, String queue, String agent, String category, String event, String customer) {
        static final ListFilter NONE = new ListFilter(null, null, null, null, null, null);
    }

    /** One row of the interaction list. */
    record Row(String id, String channel, Instant startedAt, long durationMs, String agentId, String queue,
            String customerId, int turns, String preview, String reason) {
    }

    record Page(long total, int limit, int offset, List<Row> rows) {
    }

    /** An agent with their team and volume in scope. */
    record AgentRow(String id, String name, String team, long interactions) {
    }

    /** How often a finding appeared in scope, per period. */
    record Weekly(String name, String week, long interactions) {
    }

    /** An agent behaviour (present or missing) count, for scorecards. */
    record BehaviourCount(String name, long present, long missing) {
        double presentShare() {
            long all = present + missing;
            return all == 0 ? Double.NaN : (double) present / all;
        }
    }

    private final TouchpointStore store;

    DashboardQueries(TouchpointStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    List<CategoryCount> categories(DataScope scope) {
        ScopeClause clause = ScopeClause.of(scope, "i.agent_id");
        String sql = "SELECT f.name, count(DISTINCT f.interaction_id) FROM findings f JOIN interactions i"
                + " ON i.id = f.interaction_id WHERE f.type = 'category' AND " + clause.sql()
                + " GROUP BY f.name ORDER BY 2 DESC, 1";
        return query(sql, clause.parameters(), rows -> new CategoryCount(rows.getString(1), rows.getLong(2)));
    }

    Page interactions(DataScope scope, ListFilter filter, int limit, int offset) {
        ScopeClause clause = ScopeClause.of(scope, "i.agent_id");
        StringBuilder where = new StringBuilder(" WHERE ").append(clause.sql());
        List<Object> values = new ArrayList<>(clause.parameters());
        condition(where, values, "i.channel = ?", filter.channel());
        condition(where, values, "i.queue = ?", filter.queue());
        condition(where, values, "i.agent_id = ?", filter.agent());
        condition(where, values, "i.resolved_customer_id = ?", filter.customer());
        if (filter.category() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM findings f WHERE f.interaction_id = i.id AND f.type = 'category'"
                    + " AND (f.name = ? OR starts_with(f.name, ?)))");
            values.add(filter.category());
            values.add(filter.category() + "/");
        }
        if (filter.event() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM findings f WHERE f.interaction_id = i.id"
                    + " AND f.type IN ('event', 'compliance', 'emotion') AND f.name = ?)");
            values.add(filter.event());
        }
        long total = query("SELECT count(*) FROM interactions i" + where, values, rows -> rows.getLong(1)).get(0);
        List<Row> rows = query("SELECT i.id, i.channel, i.started_at, i.duration_ms, i.agent_id, i.queue,"
                + " i.resolved_customer_id, i.turn_count, i.preview,"
                + " (SELECT min(f.name) FROM findings f WHERE f.interaction_id = i.id AND f.type = 'category')"
                + " FROM interactions i" + where + " ORDER BY i.started_at DESC, i.id LIMIT " + limit + " OFFSET " + offset,
                values, r -> new Row(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(), r.getLong(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getInt(8), r.getString(9), r.getString(10)));
        return new Page(total, limit, offset, rows);
    }

    List<AgentRow> agents(DataScope scope) {
        ScopeClause clause = ScopeClause.of(scope, "a.id");
        return query("SELECT a.id, a.name, a.team, (SELECT count(*) FROM interactions i WHERE i.agent_id = a.id)"
                + " FROM agents a WHERE " + clause.sql() + " ORDER BY a.team NULLS LAST, a.name, a.id",
                clause.parameters(),
                rows -> new AgentRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
    }

    /** Interactions per ISO week (Monday) carrying each finding of {@code type}. */
    List<Weekly> weekly(DataScope scope, String type) {
        ScopeClause clause = ScopeClause.of(scope, "i.agent_id");
        List<Object> values = new ArrayList<>();
        values.add(type);
        values.addAll(clause.parameters());
        return query("SELECT f.name, strftime(date_trunc('week', i.started_at), '%Y-%m-%d') AS week,"
                + " count(DISTINCT f.interaction_id) FROM findings f JOIN interactions i ON i.id = f.interaction_id"
                + " WHERE f.type = ? AND " + clause.sql() + " GROUP BY 1, 2 ORDER BY 2, 1", values,
                rows -> new Weekly(rows.getString(1), rows.getString(2), rows.getLong(3)));
    }

    /** Behaviours checked on {@code agentId}'s interactions (all in scope when null), present against missing. */
    List<BehaviourCount> behaviours(DataScope scope, String agentId) {
        ScopeClause clause = ScopeClause.of(scope, "i.agent_id");
        List<Object> values = new ArrayList<>(clause.parameters());
        String agentCondition = "";
        if (agentId != null) {
            agentCondition = " AND i.agent_id = ?";
            values.add(agentId);
        }
        return query("SELECT f.name, count(DISTINCT CASE WHEN f.label = 'present' THEN f.interaction_id END),"
                + " count(DISTINCT CASE WHEN f.label = 'missing' THEN f.interaction_id END)"
                + " FROM findings f JOIN interactions i ON i.id = f.interaction_id WHERE f.type = 'behaviour' AND "
                + clause.sql() + agentCondition + " GROUP BY 1 ORDER BY 1", values,
                rows -> new BehaviourCount(rows.getString(1), rows.getLong(2), rows.getLong(3)));
    }

    /** Findings of {@code type} (compliance, event) on {@code agentId}'s interactions: name and count. */
    List<CategoryCount> findingCounts(DataScope scope, String type, String agentId) {
        ScopeClause clause = ScopeClause.of(scope, "i.agent_id");
        List<Object> values = new ArrayList<>();
        values.add(type);
        values.addAll(clause.parameters());
        String agentCondition = "";
        if (agentId != null) {
            agentCondition = " AND i.agent_id = ?";
            values.add(agentId);
        }
        return query("SELECT f.name, count(DISTINCT f.interaction_id) FROM findings f JOIN interactions i"
                + " ON i.id = f.interaction_id WHERE f.type = ? AND " + clause.sql() + agentCondition
                + " GROUP BY 1 ORDER BY 2 DESC, 1", values,
                rows -> new CategoryCount(rows.getString(1), rows.getLong(2)));
    }

    /** Mean QA score per scorecard on {@code agentId}'s interactions (empty when the quality analyzer has not run). */
    List<Weekly> qaScores(DataScope scope, String agentId) {
        ScopeClause clause = ScopeClause.of(scope, "i.agent_id");
        List<Object> values = new ArrayList<>(clause.parameters());
        values.add(agentId);
        return query("SELECT f.name, strftime(date_trunc('week', i.started_at), '%Y-%m-%d'), round(avg(f.score))"
                + " FROM findings f JOIN interactions i ON i.id = f.interaction_id WHERE f.type = 'qa' AND "
                + clause.sql() + " AND i.agent_id = ? GROUP BY 1, 2 ORDER BY 2, 1", values,
                rows -> new Weekly(rows.getString(1), rows.getString(2), rows.getLong(3)));
    }

    private static void condition(StringBuilder where, List<Object> values, String sql, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(sql);
            values.add(value.strip());
        }
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> values, RowReader<T> reader) {
        try (Connection connection = store.openReader();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            ScopeClause.bind(statement, values);
            List<T> out = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(reader.read(rows));
                }
            }
            return out;
        } catch (SQLException e) {
            throw TouchpointException.external("dashboard query failed: " + e.getMessage(), e);
        }
    }
}
