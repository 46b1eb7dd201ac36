package io.touchpoint.server;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.AuditLog;

/**
 * Who read or changed what, written to the store's append-only, hash-chained audit log. Every
 * route that returns rows about people (interactions, customers, desktop events, PII, the audit
 * log itself) or changes anything records one entry; aggregates (KPIs, counts) do not.
 *
 * <p>Actions are dotted: {@code interaction.read}, {@code interactions.list}, {@code search},
 * {@code pii.unmask}, {@code user.create}, {@code token.revoke}, {@code auth.login}...; the target
 * is {@code kind:id}, e.g. {@code interaction:c-000123}.
 */
public final class AuditTrail {

    private final AuditLog log;
    private final Counter entries;

    public AuditTrail(AuditLog log, MeterRegistry metrics) {
        this.log = requireNonNull(log, "log is null");
        this.entries = Counter.builder("touchpoint.audit.entries").description("audit log entries written")
                .register(metrics);
    }

    public void record(User user, String action, String target, String detail) {
        record(user.username(), action, target, detail);
    }

    public void record(String actor, String action, String target, String detail) {
        log.append(actor, action, target, detail);
        entries.increment();
    }
}
