package io.touchpoint.cli.commands;

import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where the embedded store lives. Mixed into every command that reads or writes it. */
public final class DataOptions {

    public static final String DEFAULT_DATA_DIR = "touchpoint-data";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Store folder (default: $TOUCHPOINT_DATA or ./" + DEFAULT_DATA_DIR + ").")
    Path dataDir;

    public Path dataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        String fromEnvironment = System.getenv("TOUCHPOINT_DATA");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_DATA_DIR : fromEnvironment);
    }

    public TouchpointStore open() {
        return TouchpointStore.open(dataDir());
    }
}
