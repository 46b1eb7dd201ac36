package io.touchpoint.server;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.text.EditDistance;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the server's keys from Touchpoint's settings (a properties file with environment
 * overrides such as {@code TOUCHPOINT_SERVER_PORT}, see {@code core.config.Settings}) into a
 * {@link ServerConfig}. Every key is declared once here with its default and description; an
 * unknown key under {@code server.}, {@code auth.} or {@code alerts.} is an error with a "did you
 * mean", and every problem is reported at once, before the server starts.
 */
public final class ServerConfigLoader {

    /** One declared key. */
    public record Key(String name, String defaultValue, String description) {
    }

    public static final List<Key> KEYS = List.of(
            new Key("server.host", "0.0.0.0", "interface to listen on (127.0.0.1: this machine only)"),
            new Key("server.port", "7070", "TCP port, 0..65535 (0 picks a free port)"),
            new Key("server.session-idle-timeout", "8h", "a dashboard session ends after this long idle"),
            new Key("server.shutdown-grace", "10s", "a graceful stop waits this long for requests in flight"),
            new Key("auth.password-iterations", "600000", "PBKDF2-HMAC-SHA256 iterations for new password hashes"),
            new Key("alerts.webhooks", "", "comma-separated http(s) URLs every live alert is POSTed to"),
            new Key("alerts.disclosure-deadline", "2m", "a required disclosure not given by then raises an alert"),
            new Key("alerts.kafka-bootstrap", "", "Kafka bootstrap servers whose alert topic (the Flink live job's) is "
                    + "pushed to the alert streams too; empty: none"),
            new Key("alerts.kafka-topic", "touchpoint.alerts", "the alert topic read when alerts.kafka-bootstrap is set"));

    private static final List<String> PREFIXES = List.of("server.", "auth.", "alerts.");

    private ServerConfigLoader() {
    }

    /**
     * @throws TouchpointException USER_ERROR listing every invalid or unknown key
     */
    public static ServerConfig load(Map<String, String> settings) {
        requireNonNull(settings, "settings is null");
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        KEYS.forEach(key -> values.put(key.name(), key.defaultValue()));
        for (Map.Entry<String, String> entry : settings.entrySet()) {
            if (PREFIXES.stream().noneMatch(entry.getKey()::startsWith)) {
                continue; // other modules' keys
            }
            if (!values.containsKey(entry.getKey())) {
                problems.add("unknown key '" + entry.getKey() + "'" + nearest(entry.getKey()));
                continue;
            }
            values.put(entry.getKey(), entry.getValue());
        }
        String host = values.get("server.host");
        Integer port = parse(values, "server.port", problems, Integer::parseInt, "a whole number 0..65535");
        Duration idle = parse(values, "server.session-idle-timeout", problems, ServerConfigLoader::duration,
                "a duration such as 30m, 8h, 90s or PT8H");
        Duration grace = parse(values, "server.shutdown-grace", problems, ServerConfigLoader::duration,
                "a duration such as 10s");
        Integer iterations = parse(values, "auth.password-iterations", problems, Integer::parseInt, "a whole number");
        Duration deadline = parse(values, "alerts.disclosure-deadline", problems, ServerConfigLoader::duration,
                "a duration such as 2m or 90s");
        List<URI> hooks = new ArrayList<>();
        for (String hook : values.get("alerts.webhooks").split(",")) {
            if (!hook.isBlank()) {
                try {
                    URI uri = URI.create(hook.strip());
                    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                        problems.add("alerts.webhooks: '" + hook.strip() + "' is not an http(s) URL");
                    }
                    hooks.add(uri);
                } catch (IllegalArgumentException e) {
                    problems.add("alerts.webhooks: '" + hook.strip() + "' is not a URL");
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                return new ServerConfig(host, port, idle, grace, hooks, deadline, iterations);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        throw TouchpointException.userError("the server configuration has " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ":\n  - " + String.join("\n  - ", problems)
                + "\nSet keys in touchpoint.properties or as environment variables (server.port -> "
                + "TOUCHPOINT_SERVER_PORT); see docs/server.md.");
    }

    private static <T> T parse(Map<String, String> values, String key, List<String> problems, Function<String, T> parser,
            String expected) {
        String value = values.get(key);
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            problems.add(key + ": '" + value + "' is not " + expected);
            return null;
        }
    }

    /** {@code 90s}, {@code 30m}, {@code 8h}, {@code 500ms} or ISO-8601 ({@code PT8H}). */
    static Duration duration(String text) {
        String value = text.toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException("no unit");
            };
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static String nearest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Key known : KEYS) {
            int distance = EditDistance.levenshtein(key, known.name());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known.name();
            }
        }
        return best != null && bestDistance <= Math.max(3, key.length() / 3) ? "; did you mean '" + best + "'?"
                : "; known keys: " + String.join(", ", KEYS.stream().map(Key::name).toList());
    }

    static String describe() {
        return String.join("\n", Arrays.asList(KEYS.stream().map(key -> key.name() + " (default "
                + (key.defaultValue().isEmpty() ? "none" : key.defaultValue()) + "): " + key.description()).toArray(String[]::new)));
    }
}
