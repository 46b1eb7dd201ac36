package io.touchpoint.speech;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import io.touchpoint.speech.pocketsphinx.PocketSphinxModel;
import io.touchpoint.speech.pocketsphinx.PocketSphinxSettings;
import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.transcribe.ChannelCheck;
import io.touchpoint.speech.transcribe.ChannelMapping;
import io.touchpoint.speech.transcribe.TranscriptionOptions;
import io.touchpoint.speech.vosk.VoskEngine;
import io.touchpoint.speech.whisper.WhisperEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code speech.*} settings, each declared once with its default and description, read from
 * {@code touchpoint ingest --set speech.x=y}, a settings file, or command options. Unknown
 * {@code speech.*} keys fail with the known ones listed.
 *
 * <p>The model is found in this order: {@code speech.model} ({@code --model DIR}), the
 * environment variable {@code TOUCHPOINT_SPEECH_MODEL}, a whisper model downloaded into
 * {@code ~/.touchpoint/models}, the shared CMU model ({@code ../shared/models/cmusphinx-en-us-ptm-5.2}
 * or the folder in system property {@code touchpoint.shared}), and Debian's
 * {@code /usr/share/pocketsphinx/model/en-us}. The engine follows from the model unless
 * {@code speech.engine} says otherwise: a {@code .bin} file is whisper, a folder with
 * {@code am/final.mdl} is Vosk, anything else PocketSphinx.
 */
public record SpeechConfig(String engine, Optional<Path> model, ChannelMapping channels, ChannelCheck.Mode channelCheck,
        Speaker monoFirstSpeaker, int monoSpeakers, List<String> hints, boolean keepOriginal, Optional<Path> redactedAudioDir,
        boolean redactAudio, int nbest) {

    public static final String ENVIRONMENT_MODEL = "TOUCHPOINT_SPEECH_MODEL";
    public static final String AUTO = "auto";

    /** Every setting: key, default, description. */
    public static final Map<String, String[]> SETTINGS;

    static {
        Map<String, String[]> settings = new LinkedHashMap<>();
        settings.put("speech.engine", new String[] {AUTO, "auto, pocketsphinx, whisper or vosk"});
        settings.put("speech.model", new String[] {"", "model folder (PocketSphinx, Vosk) or ggml file (whisper); see 'touchpoint models'"});
        settings.put("speech.channels", new String[] {"0=agent,1=customer", "which stereo channel is which speaker"});
        settings.put("speech.channel-check", new String[] {"warn", "off, warn or fix: what to do when the mapping looks swapped"});
        settings.put("speech.mono-first-speaker", new String[] {"agent", "on mono calls, who speaks first"});
        settings.put("speech.mono-speakers", new String[] {"2", "voices on a mono recording: 2 (a call) or 1 (dictation, voicemail)"});
        settings.put("speech.hints", new String[] {"", "comma-separated product names and phrases the recognizer should know"});
        settings.put("speech.redact-audio", new String[] {"true", "write a copy of each call with personal data silenced"});
        settings.put("speech.redacted-dir", new String[] {"", "where redacted audio goes (default: .touchpoint-redacted/ beside the audio)"});
        settings.put("speech.keep-original", new String[] {"false", "keep a reference to the unredacted original recording"});
        settings.put("speech.nbest", new String[] {"5", "alternative hypotheses kept per utterance (PocketSphinx), 0-20; "
                + "rules match them too (redacted like the text)"});
        SETTINGS = java.util.Collections.unmodifiableMap(settings);
    }

    public SpeechConfig {
        requireNonNull(engine, "engine is null");
        requireNonNull(model, "model is null");
        requireNonNull(channels, "channels is null");
        requireNonNull(channelCheck, "channelCheck is null");
        requireNonNull(monoFirstSpeaker, "monoFirstSpeaker is null");
        hints = List.copyOf(requireNonNull(hints, "hints is null"));
        requireNonNull(redactedAudioDir, "redactedAudioDir is null");
        if (!List.of(AUTO, PocketSphinxEngine.NAME, WhisperEngine.NAME, VoskEngine.NAME).contains(engine)) {
            throw TouchpointException.userError("speech.engine '" + engine + "' is not one of auto, pocketsphinx, whisper, vosk");
        }
        if (nbest < 0 || nbest > 20) {
            throw TouchpointException.userError("speech.nbest " + nbest + " is outside 0-20");
        }
    }

    public static SpeechConfig defaults() {
        return from(Map.of());
    }

    /** Reads the {@code speech.*} keys of {@code settings}; other keys are ignored (they belong to other modules). */
    public static SpeechConfig from(Map<String, String> settings) {
        List<String> unknown = settings.keySet().stream()
                .filter(key -> key.startsWith("speech.") && !SETTINGS.containsKey(key)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw TouchpointException.userError("unknown speech setting(s) " + unknown + "; known: "
                    + String.join(", ", SETTINGS.keySet()));
        }
        String model = value(settings, "speech.model");
        String redactedDir = value(settings, "speech.redacted-dir");
        return new SpeechConfig(value(settings, "speech.engine").toLowerCase(Locale.ROOT),
                model.isBlank() ? Optional.empty() : Optional.of(Path.of(model)),
                ChannelMapping.parse(value(settings, "speech.channels")),
                ChannelCheck.Mode.parse(value(settings, "speech.channel-check")),
                parseSpeaker(value(settings, "speech.mono-first-speaker")),
                monoSpeakers(value(settings, "speech.mono-speakers")),
                Arrays.stream(value(settings, "speech.hints").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                bool(settings, "speech.keep-original"),
                redactedDir.isBlank() ? Optional.empty() : Optional.of(Path.of(redactedDir)),
                bool(settings, "speech.redact-audio"),
                wholeNumber(settings, "speech.nbest"));
    }

    private static int wholeNumber(Map<String, String> settings, String key) {
        String value = value(settings, key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw TouchpointException.userError(key + " '" + value + "' is not a whole number");
        }
    }

    private static String value(Map<String, String> settings, String key) {
        return settings.getOrDefault(key, SETTINGS.get(key)[0]).trim();
    }

    private static boolean bool(Map<String, String> settings, String key) {
        String value = value(settings, key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw TouchpointException.userError(key + " '" + value + "' is not true or false");
        };
    }

    private static int monoSpeakers(String value) {
        return switch (value) {
            case "1" -> 1;
            case "2" -> 2;
            default -> throw TouchpointException.userError("speech.mono-speakers '" + value + "' is not 1 or 2");
        };
    }

    private static Speaker parseSpeaker(String value) {
        try {
            return Speaker.parse(value);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError("speech.mono-first-speaker: " + e.getMessage());
        }
    }

    public SpeechConfig withModel(Path path) {
        return new SpeechConfig(engine, Optional.ofNullable(path), channels, channelCheck, monoFirstSpeaker, monoSpeakers, hints,
                keepOriginal, redactedAudioDir, redactAudio, nbest);
    }

    public SpeechConfig withEngine(String name) {
        return new SpeechConfig(name.toLowerCase(Locale.ROOT), model, channels, channelCheck, monoFirstSpeaker, monoSpeakers, hints,
                keepOriginal, redactedAudioDir, redactAudio, nbest);
    }

    public TranscriptionOptions transcriptionOptions() {
        return TranscriptionOptions.defaults().withChannels(channels).withChannelCheck(channelCheck)
                .withMonoFirstSpeaker(monoFirstSpeaker).withMonoSpeakers(monoSpeakers);
    }

    /** A model found on this machine, and how it was found. */
    public record ResolvedModel(Path path, String engine, String foundBy) {
    }

    /** Where the model is, by the order in the class comment; empty when none is found anywhere. */
    public Optional<ResolvedModel> resolveModel() {
        if (model.isPresent()) {
            return Optional.of(new ResolvedModel(model.get(), engineFor(model.get()), "speech.model / --model"));
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_MODEL);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            Path path = Path.of(fromEnvironment.trim());
            return Optional.of(new ResolvedModel(path, engineFor(path), ENVIRONMENT_MODEL));
        }
        List<Path> candidates = new ArrayList<>();
        if (engine.equals(AUTO) || engine.equals(WhisperEngine.NAME)) {
            for (String name : List.of("ggml-base.en.bin", "ggml-tiny.en.bin")) {
                candidates.add(downloadFolder().resolve(name));
            }
        }
        if (engine.equals(AUTO) || engine.equals(PocketSphinxEngine.NAME)) {
            String shared = System.getProperty("touchpoint.shared");
            if (shared != null) {
                candidates.add(Path.of(shared, "models", PocketSphinxModel.SHARED_NAME));
            }
            candidates.add(Path.of("..", "shared", "models", PocketSphinxModel.SHARED_NAME));
            candidates.add(Path.of("..", "..", "shared", "models", PocketSphinxModel.SHARED_NAME));
            candidates.add(Path.of("/usr/share/pocketsphinx/model/en-us"));
        }
        return candidates.stream().filter(Files::exists).findFirst()
                .map(path -> new ResolvedModel(path.toAbsolutePath().normalize(), engineFor(path), "default location"));
    }

    private String engineFor(Path path) {
        if (!engine.equals(AUTO)) {
            return engine;
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".bin")) {
            return WhisperEngine.NAME;
        }
        if (VoskEngine.looksLikeModel(path)) {
            return VoskEngine.NAME;
        }
        return PocketSphinxEngine.NAME;
    }

    /** Where {@code touchpoint models download} puts models: {@code ~/.touchpoint/models}. */
    public static Path downloadFolder() {
        return Path.of(System.getProperty("user.home"), ".touchpoint", "models");
    }

    /** The recognizer factory for the resolved model; a clear error when there is none. */
    public RecognizerFactory recognizerFactory(int threadsPerCall) {
        ResolvedModel resolved = resolveModel().orElseThrow(() -> TouchpointException.userError(
                "no speech model found: pass --model DIR, set " + ENVIRONMENT_MODEL + ", or run 'touchpoint models' "
                        + "to see how to get one"));
        if (!Files.exists(resolved.path())) {
            throw TouchpointException.userError("speech model " + resolved.path() + " (from " + resolved.foundBy()
                    + ") does not exist; run 'touchpoint models' to see how to get one");
        }
        return switch (resolved.engine()) {
            case WhisperEngine.NAME -> new WhisperEngine(whisperFile(resolved.path()), hints, threadsPerCall);
            case VoskEngine.NAME -> new VoskEngine(resolved.path());
            default -> new PocketSphinxEngine(PocketSphinxModel.in(resolved.path()), PocketSphinxSettings.tuned().withNbest(nbest),
                    hints);
        };
    }

    private static Path whisperFile(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bin")).sorted().findFirst()
                    .orElseThrow(() -> TouchpointException.userError("no ggml .bin model in " + path));
        } catch (IOException e) {
            throw TouchpointException.userError("cannot list " + path + ": " + e.getMessage());
        }
    }
}
