package io.touchpoint.speech.recognition;

/**
 * An offline speech-to-text engine. One instance decodes one utterance at a time and is not
 * thread-safe: a transcriber creates one per worker thread from a {@link RecognizerFactory}.
 *
 * <pre>{@code
 * try (SpeechRecognizer recognizer = factory.create()) {
 *     Recognition result = recognizer.recognize(samples16k);
 *     result.words().forEach(word -> System.out.println(word.text() + " " + word.confidence()));
 * }
 * }</pre>
 */
public interface SpeechRecognizer extends AutoCloseable {

    /** The sample rate {@link #recognize} expects. */
    int SAMPLE_RATE = 16_000;

    /** The engine's name, e.g. {@code pocketsphinx}. */
    String engine();

    /**
     * Recognizes one utterance of 16 kHz mono 16-bit audio. Word times are relative to the
     * first sample.
     */
    Recognition recognize(short[] samples);

    /** Frees native resources; the recognizer cannot be used afterwards. */
    @Override
    void close();
}
