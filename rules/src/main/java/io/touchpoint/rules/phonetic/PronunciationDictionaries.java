package io.touchpoint.rules.phonetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where phonetic rules find their pronunciations, and the loaded dictionaries (each file is read
 * once per process, since the CMU dictionary takes half a second and 30 MB).
 *
 * <p>The file is, in this order: the setting {@code rules.pronunciations} (system property of
 * that name, or environment variable {@code TOUCHPOINT_RULES_PRONUNCIATIONS} as for every
 * Touchpoint setting); the {@code .dict} file of the speech model in
 * {@code TOUCHPOINT_SPEECH_MODEL}; the CMU dictionary of the shared PocketSphinx model
 * ({@code touchpoint.shared} or {@code ../shared/models/cmusphinx-en-us-ptm-5.2}); Debian's
 * {@code /usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict}.
 */
public final class PronunciationDictionaries {

    public static final String SETTING = "rules.pronunciations";
    public static final String ENVIRONMENT = "TOUCHPOINT_RULES_PRONUNCIATIONS";
    private static final String SPEECH_MODEL_ENVIRONMENT = "TOUCHPOINT_SPEECH_MODEL";
    private static final String SHARED_MODEL = "cmusphinx-en-us-ptm-5.2";
    private static final String CMU_FILE = "cmudict-en-us.dict";

    /** What to tell someone whose rule needs a dictionary and none was found. */
    public static final String HOW_TO_CONFIGURE = "set " + SETTING + " (or " + ENVIRONMENT
            + ") to a CMU-format pronunciation dictionary such as the cmudict-en-us.dict of a PocketSphinx model";

    private static final Map<Path, PronunciationDictionary> LOADED = new ConcurrentHashMap<>();

    private PronunciationDictionaries() {
    }

    /** The dictionary file by the order in the class comment, if one exists. */
    public static Optional<Path> defaultLocation() {
        return locate(System.getProperty(SETTING), System.getenv(ENVIRONMENT), System.getenv(SPEECH_MODEL_ENVIRONMENT),
                System.getProperty("touchpoint.shared"));
    }

    static Optional<Path> locate(String setting, String environment, String speechModel, String shared) {
        for (String explicit : new String[] {setting, environment}) {
            if (explicit != null && !explicit.isBlank()) {
                // An explicit setting is used even when the file is missing, so the load names it in its error.
                return Optional.of(Path.of(explicit.strip()));
            }
        }
        List<Path> candidates = new ArrayList<>();
        if (speechModel != null && !speechModel.isBlank()) {
            dictionaryIn(Path.of(speechModel.strip())).ifPresent(candidates::add);
        }
        if (shared != null) {
            candidates.add(Path.of(shared, "models", SHARED_MODEL, CMU_FILE));
        }
        candidates.add(Path.of("..", "shared", "models", SHARED_MODEL, CMU_FILE));
        candidates.add(Path.of("..", "..", "shared", "models", SHARED_MODEL, CMU_FILE));
        candidates.add(Path.of("/usr/share/pocketsphinx/model/en-us", CMU_FILE));
        return candidates.stream().filter(Files::isRegularFile).findFirst().map(path -> path.toAbsolutePath().normalize());
    }

    private static Optional<Path> dictionaryIn(Path model) {
        if (Files.isRegularFile(model)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(model)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".dict")).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The dictionary in {@code file}, read on first use and then shared. */
    public static PronunciationDictionary load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), CmuPronunciationDictionary::load);
    }

    /** The dictionary at the default location, empty when there is none. */
    public static Optional<PronunciationDictionary> standard() {
        return defaultLocation().map(PronunciationDictionaries::load);
    }
}
