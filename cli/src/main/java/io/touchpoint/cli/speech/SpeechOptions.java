package io.touchpoint.cli.speech;

import io.touchpoint.speech.SpeechConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The speech options shared by {@code transcribe}, {@code models} and {@code bench speech}. */
public final class SpeechOptions {

    @Option(names = "--model", paramLabel = "DIR|FILE",
            description = "Speech model: a PocketSphinx or Vosk folder, or a whisper ggml file (default: $TOUCHPOINT_SPEECH_MODEL, then the locations 'touchpoint models' lists).")
    Path model;

    @Option(names = "--engine", defaultValue = "auto", description = "auto, pocketsphinx, whisper or vosk (default: ${DEFAULT-VALUE}: follows the model).")
    String engine;

    @Option(names = "--channels", description = "Stereo channel mapping, e.g. 0=agent,1=customer (the default).")
    String channels;

    @Option(names = "--channel-check", description = "off, warn (default) or fix: what to do when the channel mapping looks swapped.")
    String channelCheck;

    @Option(names = "--speakers", description = "Voices on a mono recording: 2 (a call, the default) or 1 (dictation, voicemail).")
    String speakers;

    @Option(names = "--hints", split = ",", description = "Product names and phrases the recognizer should know, comma-separated.")
    List<String> hints = List.of();

    public SpeechConfig config() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("speech.engine", engine);
        if (model != null) {
            settings.put("speech.model", model.toString());
        }
        if (channels != null) {
            settings.put("speech.channels", channels);
        }
        if (channelCheck != null) {
            settings.put("speech.channel-check", channelCheck);
        }
        if (speakers != null) {
            settings.put("speech.mono-speakers", speakers);
        }
        if (!hints.isEmpty()) {
            settings.put("speech.hints", String.join(",", hints));
        }
        return SpeechConfig.from(settings);
    }
}
