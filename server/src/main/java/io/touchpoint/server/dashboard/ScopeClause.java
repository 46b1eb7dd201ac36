package io.touchpoint.server.dashboard;

import static java.util.Objects.requireNonNull;

import io.touchpoint.server.auth.DataScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A user's {@link DataScope} as a SQL condition on an agent-id column, with its parameters: every
 * dashboard query that reads interactions appends it, so a supervisor's charts count only their
 * teams and an agent's only themselves.
 *
 * @param sql a condition ({@code true} for everyone, {@code false} for an empty scope)
 * @param parameters the values of its placeholders, in order
 */
record ScopeClause(String sql, List<Object> parameters) {

    ScopeClause {
        requireNonNull(sql, "sql is null");
        parameters = List.copyOf(parameters);
    }

    static ScopeClause of(DataScope scope, String agentColumn) {
        if (scope instanceof DataScope.Agents agents) {
            if (agents.agentIds().isEmpty()) {
                return new ScopeClause("false", List.of());
            }
            List<Object> ids = new ArrayList<>(agents.agentIds().stream().sorted().toList());
            return new ScopeClause(agentColumn + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                    ids);
        }
        return new ScopeClause("true", List.of());
    }

    /** The scoped agents, or empty for a user who sees everyone. */
    static List<String> agents(DataScope scope) {
        return scope instanceof DataScope.Agents agents ? agents.agentIds().stream().sorted().toList() : List.of();
    }

    /** Binds {@code values} to the statement's placeholders from position 1. */
    static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
