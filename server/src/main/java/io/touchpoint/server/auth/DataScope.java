package io.touchpoint.server.auth;

import java.util.Set;

/**
 * Which interactions (and the customers, desktop events and numbers derived from them) a user
 * may see: everything, or only those handled by a set of agents. Every data endpoint filters
 * through it, so a role's limits hold for lists, details, search, KPIs and live alerts alike.
 */
public sealed interface DataScope {

    /** Whether an interaction handled by {@code agentId} (null when unknown) is visible. */
    boolean allowsAgent(String agentId);

    /** Admins and analysts: every interaction. */
    record All() implements DataScope {
        @Override
        public boolean allowsAgent(String agentId) {
            return true;
        }
    }

    /**
     * Supervisors (the agents of their teams) and agents (themselves): only interactions
     * handled by one of {@code agentIds}; interactions with no agent are not visible.
     */
    record Agents(Set<String> agentIds) implements DataScope {
        public Agents {
            agentIds = Set.copyOf(agentIds);
        }

        @Override
        public boolean allowsAgent(String agentId) {
            return agentId != null && agentIds.contains(agentId);
        }
    }

    static DataScope all() {
        return new All();
    }
}
