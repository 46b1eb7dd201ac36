package io.touchpoint.cli.commands;

import io.touchpoint.core.config.Settings;
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

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: $TOUCHPOINT_CONFIG or DIR/" + Settings.FILE_NAME
                    + " when present); any key can be overridden by an environment variable TOUCHPOINT_<KEY>, "
                    + "e.g. TOUCHPOINT_TEXT_PII_MODE for text.pii-mode. See docs/configuration.md.")
    Path configFile;

    /** The configuration: the settings file, then environment overrides. */
    public Settings settings() {
        Path file = configFile;
        if (file == null) {
            String fromEnvironment = System.getenv("TOUCHPOINT_CONFIG");
            file = fromEnvironment == null || fromEnvironment.isBlank() ? dataDir().resolve(Settings.FILE_NAME)
                    : Path.of(fromEnvironment);
        } else if (!java.nio.file.Files.isRegularFile(file)) {
            throw io.touchpoint.core.TouchpointException.userError("--config: no such file: " + file);
        }
        Settings settings = Settings.load(file, System.getenv());
        passPronunciationsToRules(settings);
        return settings;
    }

    /**
     * The rules module finds the pronunciation dictionary of {@code sounds_like} rules through a
     * system property (it has no settings object): {@code rules.pronunciations} from the file or
     * its environment override is handed on, a relative path taken from the file's folder.
     */
    private void passPronunciationsToRules(Settings settings) {
        String key = io.touchpoint.rules.phonetic.PronunciationDictionaries.SETTING;
        String value = settings.values().get(key);
        if (value != null && !value.isBlank() && System.getProperty(key) == null) {
            System.setProperty(key, settingsBaseDir(settings).resolve(value.strip()).toString());
        }
    }

    /** The folder relative paths in the settings are resolved against: the settings file's. */
    public Path settingsBaseDir(Settings settings) {
        return settings.source().map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of("").toAbsolutePath());
    }

    public TouchpointStore open() {
        return TouchpointStore.open(dataDir());
    }
}
