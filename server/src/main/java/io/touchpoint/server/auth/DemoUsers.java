package io.touchpoint.server.auth;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One user per role over a store's own agents and teams, with well-known passwords, for the demo
 * and for tests. Never for production data: anyone who reads the docs knows the passwords.
 * Idempotent: users that exist are left as they are.
 */
public final class DemoUsers {

    /** A demo login. */
    public record Login(String username, String password, Role role, String description) {
    }

    private DemoUsers() {
    }

    /**
     * Creates (when missing) admin, analyst, supervisor (of the team with the most interactions),
     * agent (the busiest agent of that team) and auditor.
     *
     * @throws TouchpointException USER_ERROR when the store has no agents with a team
     */
    public static List<Login> ensure(TouchpointStore store, UserDirectory users) {
        requireNonNull(store, "store is null");
        requireNonNull(users, "users is null");
        String team;
        String agent;
        try (Connection connection = store.openReader(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT a.team, a.id, count(*) OVER (PARTITION BY a.team) AS team_size
                        FROM interactions i JOIN agents a ON a.id = i.agent_id
                        WHERE a.team IS NOT NULL
                        GROUP BY a.team, a.id
                        ORDER BY sum(count(*)) OVER (PARTITION BY a.team) DESC, count(*) DESC, a.id
                        LIMIT 1""")) {
            if (!rows.next()) {
                throw TouchpointException.userError("the store " + store.dataDir() + " has no agents with a team and "
                        + "interactions; ingest an agents file first (touchpoint demo does)");
            }
            team = rows.getString(1);
            agent = rows.getString(2);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the agents of " + store.dataDir() + ": " + e.getMessage(), e);
        }
        List<Login> logins = List.of(
                new Login("admin", "admin-demo-pass", Role.ADMIN, "everything, unmasked PII, users"),
                new Login("analyst", "analyst-demo-pass", Role.ANALYST, "every interaction and number"),
                new Login("supervisor", "supervisor-demo-pass", Role.SUPERVISOR, "team " + team),
                new Login("agent", "agent-demo-pass", Role.AGENT, "agent " + agent + " only"),
                new Login("auditor", "auditor-demo-pass", Role.AUDITOR, "the audit log"));
        List<Login> created = new ArrayList<>();
        for (Login login : logins) {
            if (users.user(login.username()).isEmpty()) {
                User user = switch (login.role()) {
                    case SUPERVISOR -> new User(login.username(), "Demo supervisor of " + team, Role.SUPERVISOR, null,
                            Set.of(team));
                    case AGENT -> new User(login.username(), "Demo agent " + agent, Role.AGENT, agent, Set.of());
                    default -> new User(login.username(), "Demo " + login.role().id(), login.role(), null, Set.of());
                };
                users.create(user, login.password().toCharArray());
            }
            created.add(login);
        }
        return created;
    }
}
