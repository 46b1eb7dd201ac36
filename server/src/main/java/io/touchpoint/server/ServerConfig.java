package io.touchpoint.server;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How the server runs. Built in code ({@link #defaults()} and the {@code with...} methods) or read
 * from a file and the environment by {@link ServerConfigLoader}, which validates every key.
 *
 * @param host the interface to listen on ({@code 0.0.0.0} for all)
 * @param port the TCP port; 0 picks a free one (tests)
 * @param sessionIdleTimeout a dashboard session ends after this long without a request
 * @param shutdownGrace how long a graceful stop waits for requests in flight
 * @param webhooks URLs every live alert is POSTed to (JSON)
 * @param disclosureDeadline a live voice call without the required disclosure by this point
 *     raises a missing-disclosure alert
 * @param passwordIterations PBKDF2 iterations for new password hashes
 */
public record ServerConfig(String host, int port, Duration sessionIdleTimeout, Duration shutdownGrace,
        List<URI> webhooks, Duration disclosureDeadline, int passwordIterations) {

    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        requireNonNull(host, "host is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("server.host is blank; use 0.0.0.0 or 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("server.port must be 0..65535, was " + port);
        }
        requirePositive(sessionIdleTimeout, "server.session-idle-timeout");
        requirePositive(shutdownGrace, "server.shutdown-grace");
        requirePositive(disclosureDeadline, "alerts.disclosure-deadline");
        webhooks = List.copyOf(requireNonNull(webhooks, "webhooks is null"));
        for (URI hook : webhooks) {
            if (!"http".equals(hook.getScheme()) && !"https".equals(hook.getScheme())) {
                throw new IllegalArgumentException("alerts.webhooks: '" + hook + "' is not an http(s) URL");
            }
        }
        if (passwordIterations < 1_000) {
            throw new IllegalArgumentException("auth.password-iterations must be at least 1000, was "
                    + passwordIterations);
        }
    }

    private static void requirePositive(Duration duration, String key) {
        requireNonNull(duration, key + " is null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + duration);
        }
    }

    /** Port 7070 on every interface, 8-hour sessions, no webhooks, disclosure due by minute 2. */
    public static ServerConfig defaults() {
        return new ServerConfig("0.0.0.0", DEFAULT_PORT, Duration.ofHours(8), Duration.ofSeconds(10), List.of(),
                Duration.ofMinutes(2), 600_000);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, sessionIdleTimeout, shutdownGrace, webhooks, disclosureDeadline,
                passwordIterations);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, sessionIdleTimeout, shutdownGrace, webhooks, disclosureDeadline,
                passwordIterations);
    }

    public ServerConfig withWebhooks(List<URI> value) {
        return new ServerConfig(host, port, sessionIdleTimeout, shutdownGrace, value, disclosureDeadline,
                passwordIterations);
    }

    public ServerConfig withDisclosureDeadline(Duration value) {
        return new ServerConfig(host, port, sessionIdleTimeout, shutdownGrace, webhooks, value, passwordIterations);
    }

    public ServerConfig withPasswordIterations(int value) {
        return new ServerConfig(host, port, sessionIdleTimeout, shutdownGrace, webhooks, disclosureDeadline, value);
    }

    public ServerConfig withShutdownGrace(Duration value) {
        return new ServerConfig(host, port, sessionIdleTimeout, value, webhooks, disclosureDeadline,
                passwordIterations);
    }
}
