package io.touchpoint.speech.recognition;

/**
 * Creates recognizers of one engine and model, one per worker thread. Implementations check the
 * model when they are built, so a missing or broken model fails before any audio is read.
 */
public interface RecognizerFactory {

    /** The engine's name, e.g. {@code pocketsphinx}. */
    String engine();

    /** One line naming the engine, the model and where it was loaded from. */
    String describe();

    SpeechRecognizer create();
}
