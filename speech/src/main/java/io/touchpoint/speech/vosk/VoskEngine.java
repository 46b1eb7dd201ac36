package io.touchpoint.speech.vosk;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.speech.recognition.Recognition;
import io.touchpoint.speech.recognition.RecognizedWord;
import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.recognition.SpeechRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Vosk (Kaldi) with a model folder the user downloads from alphacephei.com/vosk/models (e.g.
 * {@code vosk-model-small-en-us-0.15}). Word times and confidences come from Vosk's own word
 * results; the N-best list from its alternatives.
 */
public final class VoskEngine implements RecognizerFactory {

    public static final String NAME = "vosk";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Model model;

    public VoskEngine(Path folder) {
        this.folder = requireNonNull(folder, "folder is null");
        if (!looksLikeModel(folder)) {
            throw TouchpointException.userError("Vosk model folder " + folder + " does not look like a Vosk model "
                    + "(no am/final.mdl and conf/model.conf); download one from https://alphacephei.com/vosk/models "
                    + "and pass --model DIR");
        }
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            this.model = new Model(folder.toString());
        } catch (IOException e) {
            throw TouchpointException.userError("Vosk could not load the model in " + folder + ": " + e.getMessage());
        } catch (UnsatisfiedLinkError e) {
            throw new TouchpointException(TouchpointException.Kind.EXTERNAL,
                    "Vosk's native library could not be loaded on this platform: " + e.getMessage(), e);
        }
    }

    public static boolean looksLikeModel(Path folder) {
        return Files.isRegularFile(folder.resolve("am/final.mdl")) && Files.isRegularFile(folder.resolve("conf/model.conf"));
    }

    @Override
    public String engine() {
        return NAME;
    }

    @Override
    public String describe() {
        return NAME + " with " + folder;
    }

    @Override
    public SpeechRecognizer create() {
        return new SpeechRecognizer() {
            @Override
            public String engine() {
                return NAME;
            }

            @Override
            public Recognition recognize(short[] samples) {
                try (Recognizer recognizer = new Recognizer(model, SAMPLE_RATE)) {
                    recognizer.setWords(true);
                    recognizer.acceptWaveForm(samples, samples.length);
                    return parse(recognizer.getFinalResult());
                } catch (IOException e) {
                    throw new IllegalStateException("Vosk could not create a recognizer: " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                // the model is shared and lives as long as the engine
            }
        };
    }

    /** Reads Vosk's result JSON: {@code {"result":[{"word","start","end","conf"}...],"text":...}}. */
    static Recognition parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<RecognizedWord> words = new ArrayList<>();
            for (JsonNode word : root.path("result")) {
                long start = Math.round(word.path("start").asDouble() * 1000);
                long end = Math.max(start, Math.round(word.path("end").asDouble() * 1000));
                double confidence = Math.max(0, Math.min(1, word.path("conf").asDouble(1.0)));
                words.add(new RecognizedWord(word.path("word").asText(), start, end, confidence));
            }
            return new Recognition(words, List.of());
        } catch (IOException e) {
            throw new IllegalStateException("Vosk returned a result that is not JSON: " + json, e);
        }
    }
}
