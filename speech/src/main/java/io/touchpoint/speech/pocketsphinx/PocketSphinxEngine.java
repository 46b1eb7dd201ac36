package io.touchpoint.speech.pocketsphinx;

import static java.util.Objects.requireNonNull;

import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.recognition.SpeechRecognizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates PocketSphinx recognizers for one model folder and settings. Phrase hints (product names)
 * that are not in the dictionary are added to every decoder, spelled with the phones of the known
 * words they are made of ("telcomax" from "telco" + "max"); a hint that cannot be spelled that
 * way is logged and left out.
 */
public final class PocketSphinxEngine implements RecognizerFactory {

    public static final String NAME = "pocketsphinx";

    private static final Logger LOG = LoggerFactory.getLogger(PocketSphinxEngine.class);

    private final PocketSphinxLibrary.Loaded library;
    private final PocketSphinxModel model;
    private final PocketSphinxSettings settings;
    private final Map<String, String> addedWords;

    public PocketSphinxEngine(PocketSphinxModel model, PocketSphinxSettings settings, List<String> hints) {
        this.model = requireNonNull(model, "model is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.library = PocketSphinxLibrary.load();
        this.addedWords = hints.isEmpty() ? Map.of() : spellHints(model.dictionary(), hints);
    }

    public static PocketSphinxEngine of(Path modelFolder) {
        return new PocketSphinxEngine(PocketSphinxModel.in(modelFolder), PocketSphinxSettings.tuned(), List.of());
    }

    /** Whether the native libraries can be loaded on this machine. */
    public static boolean isInstalled() {
        try {
            PocketSphinxLibrary.load();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public PocketSphinxModel model() {
        return model;
    }

    public PocketSphinxSettings settings() {
        return settings;
    }

    /** The hint words added to the dictionary, with their phones. */
    public Map<String, String> addedWords() {
        return addedWords;
    }

    @Override
    public String engine() {
        return NAME;
    }

    @Override
    public String describe() {
        return NAME + " with " + model.folder() + " (" + settings + ")";
    }

    @Override
    public SpeechRecognizer create() {
        PocketSphinxRecognizer recognizer = new PocketSphinxRecognizer(library, model, settings, List.of());
        addedWords.forEach((word, phones) -> {
            if (!recognizer.addWord(word, phones)) {
                LOG.warn("PocketSphinx did not take the hint word '{}' ({})", word, phones);
            }
        });
        return recognizer;
    }

    /** Spells each unknown hint word from the longest known words it starts with, left to right. */
    static Map<String, String> spellHints(Path dictionary, List<String> hints) {
        Map<String, String> known = new HashMap<>();
        try (Stream<String> lines = Files.lines(dictionary, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int space = line.indexOf(' ');
                if (space > 0 && line.indexOf('(') < 0) {
                    known.putIfAbsent(line.substring(0, space), line.substring(space + 1).trim());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionary " + dictionary, e);
        }
        Map<String, String> added = new LinkedHashMap<>();
        for (String hint : hints) {
            for (String word : hint.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                if (word.isEmpty() || known.containsKey(word) || added.containsKey(word)) {
                    continue;
                }
                String phones = spell(word, known);
                if (phones == null) {
                    LOG.warn("Hint word '{}' is not in the dictionary and cannot be spelled from known words; "
                            + "add it to the dictionary with its phones", word);
                } else {
                    added.put(word, phones);
                }
            }
        }
        return Map.copyOf(added);
    }

    private static String spell(String word, Map<String, String> known) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (at < word.length()) {
            int end = word.length();
            while (end > at + 2 && !known.containsKey(word.substring(at, end))) {
                end--;
            }
            String part = word.substring(at, end);
            if (!known.containsKey(part)) {
                return null;
            }
            parts.add(known.get(part));
            at = end;
        }
        return String.join(" ", parts);
    }
}
