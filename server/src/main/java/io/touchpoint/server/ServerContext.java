package io.touchpoint.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.touchpoint.server.auth.Scopes;
import io.touchpoint.server.auth.Sessions;
import io.touchpoint.server.auth.UserDirectory;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.store.TouchpointStore;
import java.util.function.Supplier;

/**
 * What route handlers need, handed to every group of routes (including the dashboard's) when the
 * app is built: the store, the users, sessions, data scopes, the JSON mapper and the metrics.
 *
 * @param store the open store; use {@link TouchpointStore#openReader()} for SQL in a handler,
 *     since requests run concurrently
 * @param config the server's configuration
 * @param users users and API tokens
 * @param sessions dashboard sessions
 * @param scopes a user's data scope (which agents' interactions they see)
 * @param json the API's JSON mapper (Java time, Optional)
 * @param metrics the Prometheus registry behind {@code /metrics}
 * @param audit writes the audit log: call it in every handler that returns rows about people
 * @param rules the rule set (built-in packs), compiled on first use and shared
 */
public record ServerContext(TouchpointStore store, ServerConfig config, UserDirectory users, Sessions sessions,
        Scopes scopes, ObjectMapper json, PrometheusMeterRegistry metrics, AuditTrail audit,
        Supplier<RuleSet> rules) {

    public ServerContext {
        requireNonNull(store, "store is null");
        requireNonNull(config, "config is null");
        requireNonNull(users, "users is null");
        requireNonNull(sessions, "sessions is null");
        requireNonNull(scopes, "scopes is null");
        requireNonNull(json, "json is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(audit, "audit is null");
        requireNonNull(rules, "rules is null");
    }
}
