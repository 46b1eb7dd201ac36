package io.touchpoint.core.config;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Touchpoint's configuration: {@code key=value} settings from a properties file, each of which an
 * environment variable can override. The variable for {@code text.pii-mode} is
 * {@code TOUCHPOINT_TEXT_PII_MODE}: {@code TOUCHPOINT_}, then the key in upper case with dots
 * and dashes as underscores. Modules read the keys they own and validate them with errors that
 * name the key.
 *
 * @param values every setting, environment overrides applied
 * @param source where the file came from, for messages; empty when there was no file
 */
public record Settings(Map<String, String> values, Optional<Path> source) {

    /** The file {@code touchpoint} reads from a data folder when no other is given. */
    public static final String FILE_NAME = "touchpoint.properties";

    public Settings {
        values = Map.copyOf(requireNonNull(values, "values is null"));
        requireNonNull(source, "source is null");
    }

    public static Settings empty() {
        return new Settings(Map.of(), Optional.empty());
    }

    /**
     * Reads {@code file} when it exists (a missing file is no error: every key has a default)
     * and applies the overrides found in {@code environment}.
     *
     * @throws TouchpointException USER_ERROR when the file exists but cannot be read
     */
    public static Settings load(Path file, Map<String, String> environment) {
        requireNonNull(environment, "environment is null");
        Properties properties = new Properties();
        Optional<Path> source = Optional.empty();
        if (file != null && Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                throw TouchpointException.userError("the configuration " + file + " is not a file");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw TouchpointException.userError("cannot read the configuration " + file + ": " + e.getMessage());
            }
            source = Optional.of(file);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key.strip(), properties.getProperty(key).strip()));
        environment.forEach((name, value) -> {
            if (name.startsWith("TOUCHPOINT_") && !value.isBlank()) {
                values.keySet().stream().filter(key -> environmentName(key).equals(name)).findFirst()
                        .ifPresentOrElse(key -> values.put(key, value.strip()), () -> values.putIfAbsent(
                                keyFor(name), value.strip()));
            }
        });
        return new Settings(values, source);
    }

    /** The environment variable that overrides {@code key}. */
    public static String environmentName(String key) {
        return "TOUCHPOINT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * The key an environment variable names when the file does not have it: {@code
     * TOUCHPOINT_TEXT_PII_MODE} reads as {@code text.pii-mode} (the first underscore after the
     * prefix is the dot, the rest are dashes), the convention every Touchpoint key follows.
     */
    static String keyFor(String environmentName) {
        String rest = environmentName.substring("TOUCHPOINT_".length()).toLowerCase(Locale.ROOT);
        int dot = rest.indexOf('_');
        return dot < 0 ? rest : rest.substring(0, dot) + "." + rest.substring(dot + 1).replace('_', '-');
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** This configuration with {@code overrides} (e.g. command-line options) on top. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged, source);
    }
}
