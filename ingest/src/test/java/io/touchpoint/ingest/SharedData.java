package io.touchpoint.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared data sets ({@code ../shared/data} beside the repository), read in place and never
 * copied. Surefire sets {@code touchpoint.shared}; otherwise the folder is looked for beside the
 * repository root. Tests that need a data set skip with a message when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code data/<relative>} under the shared folder; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path shared = sharedFolder();
        Path path = shared.resolve("data").resolve(relative);
        assumeTrue(Files.exists(path), "shared data set not found at " + path
                + " (set -Dtouchpoint.shared=<folder> or place the shared folder beside the repository); skipping");
        return path;
    }

    private static Path sharedFolder() {
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
