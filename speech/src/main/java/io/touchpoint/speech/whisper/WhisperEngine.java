package io.touchpoint.speech.whisper;

import static java.util.Objects.requireNonNull;

import io.github.givimad.whisperjni.WhisperContext;
import io.github.givimad.whisperjni.WhisperFullParams;
import io.github.givimad.whisperjni.WhisperJNI;
import io.github.givimad.whisperjni.WhisperSamplingStrategy;
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

/**
 * whisper.cpp through {@code whisper-jni}: the most accurate engine, where a ggml model file is
 * available ({@code touchpoint models download whisper-base.en}). whisper-jni 1.7 reports
 * segment times, not token times, so a segment's time is spread over its words by their length,
 * and every word of a segment gets the same confidence (whisper-jni gives no token
 * probabilities; 0.9 is used, above PocketSphinx's typical values, since whisper's WER is several
 * times lower). Phrase hints go in as whisper's initial prompt.
 */
public final class WhisperEngine implements RecognizerFactory {

    public static final String NAME = "whisper";
    private static final double SEGMENT_CONFIDENCE = 0.9;

    private final Path modelFile;
    private final String prompt;
    private final int threads;
    private final WhisperJNI whisper;

    public WhisperEngine(Path modelFile, List<String> hints, int threadsPerCall) {
        this.modelFile = requireNonNull(modelFile, "modelFile is null");
        if (!Files.isRegularFile(modelFile)) {
            throw TouchpointException.userError("whisper model " + modelFile + " does not exist; get one with "
                    + "'touchpoint models download whisper-base.en' or pass --model FILE.bin");
        }
        this.prompt = hints.isEmpty() ? null : String.join(", ", hints) + ".";
        this.threads = Math.max(1, threadsPerCall);
        try {
            WhisperJNI.loadLibrary();
        } catch (IOException | UnsatisfiedLinkError e) {
            throw new TouchpointException(TouchpointException.Kind.EXTERNAL,
                    "whisper.cpp's native library could not be loaded on this platform: " + e.getMessage(), e);
        }
        this.whisper = new WhisperJNI();
        // Fails here, once, on a file that is not a ggml model, instead of on every call.
        try (WhisperContext context = load()) {
            requireNonNull(context, "context is null");
        }
    }

    private WhisperContext load() {
        try {
            WhisperContext context = whisper.init(modelFile);
            if (context == null) {
                throw new IOException("whisper.cpp returned no context");
            }
            return context;
        } catch (IOException e) {
            throw TouchpointException.userError("whisper could not load " + modelFile + " (" + e.getMessage()
                    + "); is it a ggml model? Download one with 'touchpoint models download whisper-base.en'");
        }
    }

    @Override
    public String engine() {
        return NAME;
    }

    @Override
    public String describe() {
        return NAME + " with " + modelFile;
    }

    @Override
    public SpeechRecognizer create() {
        WhisperContext context = load();
        return new SpeechRecognizer() {
            @Override
            public String engine() {
                return NAME;
            }

            @Override
            public Recognition recognize(short[] samples) {
                float[] audio = new float[samples.length];
                for (int index = 0; index < samples.length; index++) {
                    audio[index] = samples[index] / 32768f;
                }
                WhisperFullParams params = new WhisperFullParams(WhisperSamplingStrategy.GREEDY);
                params.nThreads = threads;
                params.language = "en";
                params.printProgress = false;
                params.printRealtime = false;
                params.printTimestamps = false;
                params.initialPrompt = prompt;
                int status = whisper.full(context, params, audio, audio.length);
                if (status != 0) {
                    throw new IllegalStateException("whisper.cpp failed with status " + status);
                }
                List<RecognizedWord> words = new ArrayList<>();
                int segments = whisper.fullNSegments(context);
                for (int segment = 0; segment < segments; segment++) {
                    // whisper times are in 10 ms units
                    long start = whisper.fullGetSegmentTimestamp0(context, segment) * 10;
                    long end = Math.max(start, whisper.fullGetSegmentTimestamp1(context, segment) * 10);
                    words.addAll(spread(whisper.fullGetSegmentText(context, segment), start, end));
                }
                return new Recognition(words, List.of());
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }

    /** Splits a segment's text into words and shares its time among them by character count. */
    static List<RecognizedWord> spread(String text, long start, long end) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            String word = token.replaceAll("[^a-z0-9']", "");
            if (!word.isEmpty() && !token.startsWith("[") && !token.startsWith("(")) {
                tokens.add(word);
            }
        }
        int characters = tokens.stream().mapToInt(String::length).sum();
        List<RecognizedWord> words = new ArrayList<>();
        long at = start;
        int seen = 0;
        for (String token : tokens) {
            seen += token.length();
            long next = start + (end - start) * seen / Math.max(1, characters);
            words.add(new RecognizedWord(token, at, Math.max(at, next), SEGMENT_CONFIDENCE));
            at = next;
        }
        return words;
    }
}
