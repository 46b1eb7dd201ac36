package io.touchpoint.server.auth;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard sessions, in memory: a session id is a random secret in an HttpOnly, SameSite=Strict
 * cookie; the table holds only its SHA-256. Sessions end on logout, after {@code idleTimeout}
 * without a request, or when the server stops (users sign in again after a restart).
 */
public final class Sessions {

    /** The cookie that carries the session id. */
    public static final String COOKIE = "tp_session";

    private record Session(String username, Instant created, Instant lastSeen) {
    }

    private final ConcurrentHashMap<String, Session> byDigest = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final Clock clock;

    public Sessions(Duration idleTimeout, Clock clock) {
        this.idleTimeout = requireNonNull(idleTimeout, "idleTimeout is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("session idle timeout must be positive, was " + idleTimeout);
        }
    }

    /** Starts a session for {@code username}; returns the secret session id for the cookie. */
    public String start(String username) {
        String secret = SecretTokens.newSecret("s_");
        Instant now = clock.instant();
        byDigest.put(SecretTokens.digest(secret), new Session(username, now, now));
        return secret;
    }

    /** The username of a live session, refreshing its idle timer. */
    public Optional<String> username(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return Optional.empty();
        }
        String digest = SecretTokens.digest(sessionId);
        Instant now = clock.instant();
        Session session = byDigest.computeIfPresent(digest, (key, current) ->
                current.lastSeen().plus(idleTimeout).isBefore(now) ? null
                        : new Session(current.username(), current.created(), now));
        return Optional.ofNullable(session).map(Session::username);
    }

    public void end(String sessionId) {
        if (sessionId != null) {
            byDigest.remove(SecretTokens.digest(sessionId));
        }
    }

    /** Ends every session of a user (disabled, password changed). */
    public void endAll(String username) {
        byDigest.values().removeIf(session -> session.username().equals(username));
    }

    public int size() {
        return byDigest.size();
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }
}
