package io.touchpoint.server.auth;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Works out a user's {@link DataScope}: admins, analysts and auditors see everything their
 * permissions allow; an agent sees their own agent id; a supervisor sees the agents whose team
 * (in the store's {@code agents} table) is one of theirs, read afresh on each request so a
 * re-ingested roster takes effect at once.
 */
public final class Scopes {

    private final TouchpointStore store;

    public Scopes(TouchpointStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    public DataScope of(User user) {
        return switch (user.role()) {
            case ADMIN, ANALYST, AUDITOR -> DataScope.all();
            case AGENT -> new DataScope.Agents(Set.of(user.agentId()));
            case SUPERVISOR -> new DataScope.Agents(agentsOfTeams(user.teams()));
        };
    }

    /** The ids of the agents in any of {@code teams}. */
    public Set<String> agentsOfTeams(Set<String> teams) {
        if (teams.isEmpty()) {
            return Set.of();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(teams.size(), "?"));
        try (Connection connection = store.openReader();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id FROM agents WHERE team IN (" + placeholders + ")")) {
            int index = 1;
            for (String team : teams) {
                query.setString(index++, team);
            }
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the agents of teams " + teams + ": " + e.getMessage(), e);
        }
    }

    /** The team of an agent, when the store knows it. */
    public java.util.Optional<String> teamOf(String agentId) {
        if (agentId == null) {
            return java.util.Optional.empty();
        }
        return store.agent(agentId).map(agent -> agent.team()).filter(team -> team != null && !team.isBlank());
    }
}
