package io.touchpoint.server.auth;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.TreeSet;

/**
 * A person (or a service) that may use the server.
 *
 * @param username the login name: letters, digits, {@code . _ @ -}
 * @param displayName shown in the dashboard
 * @param role what the user may do
 * @param agentId the agent this user is; required for {@link Role#AGENT}, optional otherwise; nullable
 * @param teams the teams a {@link Role#SUPERVISOR} supervises (at least one); empty for other roles
 */
public record User(String username, String displayName, Role role, String agentId, Set<String> teams) {

    public User {
        requireNonNull(username, "username is null");
        if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("username '" + username
                    + "' must be 1-64 letters, digits, '.', '_', '@' or '-'");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        requireNonNull(role, "role is null");
        agentId = agentId == null || agentId.isBlank() ? null : agentId.strip();
        teams = Set.copyOf(new TreeSet<>(requireNonNull(teams, "teams is null")));
        if (role == Role.AGENT && agentId == null) {
            throw new IllegalArgumentException("user " + username + " has the agent role but no agent id; "
                    + "give the id of the agent they are");
        }
        if (role == Role.SUPERVISOR && teams.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " has the supervisor role but no team; "
                    + "give the teams they supervise");
        }
        if (role != Role.SUPERVISOR && !teams.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " has teams but is a " + role.id()
                    + "; only supervisors have teams");
        }
    }

    public boolean can(Permission permission) {
        return role.allows(permission);
    }
}
