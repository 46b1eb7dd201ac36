package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one rule file and the name its problems are reported under.
 *
 * @param name a path or resource name, e.g. {@code rules/billing.yaml}
 */
public record RuleSource(String name, String text) {

    public RuleSource {
        requireNonNull(name, "name is null");
        requireNonNull(text, "text is null");
    }

    public static RuleSource of(String name, String text) {
        return new RuleSource(name, text);
    }

    public static RuleSource ofFile(Path file) {
        try {
            return new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw TouchpointException.userError("rule file " + file + " does not exist");
        } catch (IOException e) {
            throw TouchpointException.external("cannot read rule file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A rule file on the class path, e.g. a built-in pack. */
    public static RuleSource ofResource(String resource) {
        String path = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = RuleSource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new TouchpointException(TouchpointException.Kind.INTERNAL, "rule resource " + path + " is missing");
            }
            return new RuleSource("classpath:" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw TouchpointException.external("cannot read rule resource " + path + ": " + e.getMessage(), e);
        }
    }
}
