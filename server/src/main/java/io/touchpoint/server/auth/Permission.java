package io.touchpoint.server.auth;

import io.javalin.security.RouteRole;

/**
 * What a route requires. Routes declare one permission each (Javalin's route roles); the
 * {@link Authenticator} refuses a request whose user's {@link Role} lacks it. Which rows the
 * user then sees is the {@link DataScope}'s business, not the permission's.
 *
 * <pre>{@code
 * cfg.routes.get("/api/interactions", handler, Permission.READ_INTERACTIONS);
 * }</pre>
 */
public enum Permission implements RouteRole {
    /** Any signed-in user: their own profile, logout. */
    AUTHENTICATED,
    /** Interactions, transcripts, findings and search, within the user's scope. */
    READ_INTERACTIONS,
    /** KPIs, reports, categories, rules, process mining, churn, within the user's scope. */
    READ_ANALYTICS,
    /** Customers and their journeys, within the user's scope. */
    READ_CUSTOMERS,
    /** Agent-desktop timelines, within the user's scope. */
    READ_DESKTOP,
    /** Scorecards, within the user's scope (an agent sees only their own). */
    READ_SCORECARD,
    /** Live alerts over SSE and the alert history, within the user's scope. */
    READ_ALERTS,
    /** The review queue: read and decide. */
    REVIEW,
    /** Send live interaction turns for incremental analysis. */
    LIVE_INGEST,
    /** The agent-assist prompts of the user's own live conversations. */
    AGENT_ASSIST,
    /** Original values of redacted PII; every use is audited. */
    UNMASK_PII,
    /** The audit log. */
    READ_AUDIT,
    /** Users, roles and API tokens. */
    MANAGE_USERS
}
