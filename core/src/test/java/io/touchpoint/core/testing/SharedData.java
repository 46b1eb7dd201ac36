package io.touchpoint.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared data sets and models ({@code ../shared} beside the repository), read in place and
 * never copied. Surefire sets {@code touchpoint.shared}; otherwise the folder is looked for
 * beside the repository root. A test that needs something absent is skipped with a message
 * saying what is missing. Every module's tests get this class from core's test-jar.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code <shared>/<relative>}; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path path = folder().resolve(relative);
        assumeTrue(Files.exists(path), () -> "skipped: " + path + " is absent (set -Dtouchpoint.shared=<folder> "
                + "or place the shared folder beside the repository)");
        return path;
    }

    /** {@code <shared>/data/<relative>}: a data set; skips the calling test when it does not exist. */
    public static Path data(String relative) {
        return require("data/" + relative);
    }

    /** {@code <shared>/models/<relative>}: a model; skips the calling test when it does not exist. */
    public static Path model(String relative) {
        return require("models/" + relative);
    }

    /** The shared folder, whether or not it exists. */
    public static Path folder() {
        String property = System.getProperty("touchpoint.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path current = Path.of("").toAbsolutePath();
        while (current != null && !Files.exists(current.resolve("mvnw"))) {
            current = current.getParent();
        }
        Path root = current == null ? Path.of("").toAbsolutePath() : current;
        return root.resolveSibling("shared").normalize();
    }
}
