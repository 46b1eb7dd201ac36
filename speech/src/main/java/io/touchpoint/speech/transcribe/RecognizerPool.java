package io.touchpoint.speech.transcribe;

import static java.util.Objects.requireNonNull;

import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.recognition.SpeechRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Function;

/**
 * Recognizers shared by worker threads: a thread borrows one for an utterance and gives it back.
 * Recognizers are created on first need (a PocketSphinx decoder takes a second and ~100 MB), so
 * there are never more than there were threads asking at once.
 */
public final class RecognizerPool implements AutoCloseable {

    private final RecognizerFactory factory;
    private final LinkedBlockingDeque<SpeechRecognizer> idle = new LinkedBlockingDeque<>();
    private final List<SpeechRecognizer> all = new ArrayList<>();
    private boolean closed;

    public RecognizerPool(RecognizerFactory factory) {
        this.factory = requireNonNull(factory, "factory is null");
    }

    public RecognizerFactory factory() {
        return factory;
    }

    public <T> T with(Function<SpeechRecognizer, T> work) {
        SpeechRecognizer recognizer = borrow();
        try {
            return work.apply(recognizer);
        } finally {
            idle.push(recognizer);
        }
    }

    private SpeechRecognizer borrow() {
        SpeechRecognizer recognizer = idle.poll();
        if (recognizer != null) {
            return recognizer;
        }
        SpeechRecognizer created = factory.create();
        synchronized (this) {
            if (closed) {
                created.close();
                throw new IllegalStateException("the recognizer pool is closed");
            }
            all.add(created);
        }
        return created;
    }

    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(SpeechRecognizer::close);
        all.clear();
        idle.clear();
    }
}
