package io.touchpoint.speech.pocketsphinx;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CMU Sphinx model folder laid out as the {@code pocketsphinx-en-us} package ships it: an
 * acoustic model folder ({@code en-us/} with {@code mdef}, {@code means}...), a language model
 * ({@code *.lm.bin} or an ARPA {@code *.lm}) and a pronouncing dictionary ({@code *.dict}).
 */
public record PocketSphinxModel(Path folder, Path acousticModel, Path languageModel, Path dictionary) {

    public PocketSphinxModel {
        requireNonNull(folder, "folder is null");
        requireNonNull(acousticModel, "acousticModel is null");
        requireNonNull(languageModel, "languageModel is null");
        requireNonNull(dictionary, "dictionary is null");
    }

    /** The shared model's folder name under {@code ../shared/models}. */
    public static final String SHARED_NAME = "cmusphinx-en-us-ptm-5.2";

    /** Finds the parts of a model folder, or says which part is missing. */
    public static PocketSphinxModel in(Path folder) {
        requireNonNull(folder, "folder is null");
        if (!Files.isDirectory(folder)) {
            throw TouchpointException.userError("PocketSphinx model folder " + folder + " does not exist; pass --model DIR "
                    + "or set TOUCHPOINT_SPEECH_MODEL to a folder like " + SHARED_NAME + " (see 'touchpoint models')");
        }
        List<String> missing = new ArrayList<>();
        Path acoustic = Files.isRegularFile(folder.resolve("mdef")) ? folder : folder.resolve("en-us");
        if (!Files.isRegularFile(acoustic.resolve("mdef"))) {
            missing.add("an acoustic model folder (en-us/ with mdef, means, variances...)");
        }
        Path lm = first(folder, List.of("en-us.lm.bin", "en-us.lm", "language.lm.bin", "language.lm"));
        if (lm == null) {
            missing.add("a language model (en-us.lm.bin)");
        }
        Path dict = first(folder, List.of("cmudict-en-us.dict", "en-us.dict", "language.dict"));
        if (dict == null) {
            missing.add("a dictionary (cmudict-en-us.dict)");
        }
        if (!missing.isEmpty()) {
            throw TouchpointException.userError("PocketSphinx model folder " + folder + " lacks " + String.join(", ", missing)
                    + "; it should look like the Debian package pocketsphinx-en-us (see 'touchpoint models')");
        }
        return new PocketSphinxModel(folder, acoustic, lm, dict);
    }

    private static Path first(Path folder, List<String> names) {
        return names.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
    }
}
