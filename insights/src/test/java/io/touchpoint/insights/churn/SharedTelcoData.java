package io.touchpoint.insights.churn;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The IBM telco churn table in the shared data folder, read in place and never copied. Surefire
 * sets {@code touchpoint.shared}; otherwise the folder is looked for beside the repository root.
 */
final class SharedTelcoData {

    private SharedTelcoData() {
    }

    /** The CSV file; skips the calling test with a message when the shared folder is absent. */
    static Path require() {
        Path file = sharedFolder().resolve("data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
        assumeTrue(Files.isRegularFile(file), "telco churn data not found at " + file
                + " (set -Dtouchpoint.shared=<folder> or place the shared folder beside the repository); skipping");
        return file;
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
