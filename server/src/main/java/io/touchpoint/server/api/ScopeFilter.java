package io.touchpoint.server.api;

import io.touchpoint.server.auth.DataScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * A {@link DataScope} as a SQL condition on an agent-id column, with its parameters, so that
 * every query of the API filters rows the same way.
 *
 * <pre>{@code
 * ScopeFilter filter = ScopeFilter.of(scope, "i.agent_id");
 * String sql = "SELECT count(*) FROM interactions i WHERE " + filter.sql();
 * filter.bind(statement, 1);
 * }</pre>
 */
record ScopeFilter(String sql, List<String> parameters) {

    ScopeFilter {
        parameters = List.copyOf(parameters);
    }

    static ScopeFilter of(DataScope scope, String agentColumn) {
        return switch (scope) {
            case DataScope.All all -> new ScopeFilter("true", List.of());
            case DataScope.Agents agents when agents.agentIds().isEmpty() -> new ScopeFilter("false", List.of());
            case DataScope.Agents agents -> new ScopeFilter(agentColumn + " IN ("
                    + String.join(", ", Collections.nCopies(agents.agentIds().size(), "?")) + ")",
                    agents.agentIds().stream().sorted().toList());
        };
    }

    /** Binds the parameters from {@code firstIndex}; returns the next free index. */
    int bind(PreparedStatement statement, int firstIndex) throws SQLException {
        int index = firstIndex;
        for (String parameter : parameters) {
            statement.setString(index++, parameter);
        }
        return index;
    }
}
