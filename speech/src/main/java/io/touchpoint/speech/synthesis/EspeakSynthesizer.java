package io.touchpoint.speech.synthesis;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.audio.WavCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speech from text with Debian's {@code espeak-ng} (a formant synthesizer: robotic, but real
 * audio with real timing), for test calls and the demo. Each call runs the binary once and reads
 * the WAV it writes to standard output.
 */
public final class EspeakSynthesizer {

    private static final List<String> LOCATIONS = List.of("/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng");

    private final Path binary;
    private final int wordsPerMinute;

    public EspeakSynthesizer(Path binary, int wordsPerMinute) {
        this.binary = requireNonNull(binary, "binary is null");
        if (wordsPerMinute < 80 || wordsPerMinute > 400) {
            throw new IllegalArgumentException("wordsPerMinute " + wordsPerMinute + " is outside 80-400");
        }
        this.wordsPerMinute = wordsPerMinute;
    }

    /** The installed espeak-ng, if any. */
    public static java.util.Optional<EspeakSynthesizer> installed() {
        return LOCATIONS.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .map(path -> new EspeakSynthesizer(path, 150));
    }

    /** The same synthesizer speaking faster or slower. */
    public EspeakSynthesizer withWordsPerMinute(int rate) {
        return new EspeakSynthesizer(binary, rate);
    }

    /** Speaks {@code text} with an espeak-ng voice such as {@code en-us+m3} or {@code en-us+f2}. */
    public PcmAudio speak(String text, String voice) {
        requireNonNull(text, "text is null");
        requireNonNull(voice, "voice is null");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-v", voice, "-s", Integer.toString(wordsPerMinute),
                "--stdout", "--", text);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            byte[] wav;
            try (InputStream in = process.getInputStream()) {
                wav = in.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new TouchpointException(TouchpointException.Kind.EXTERNAL, "espeak-ng failed on '" + text + "'");
            }
            return WavCodec.decode(wav, "espeak-ng output");
        } catch (IOException e) {
            throw TouchpointException.external("cannot run " + binary + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TouchpointException.external("interrupted while running espeak-ng", e);
        }
    }
}
