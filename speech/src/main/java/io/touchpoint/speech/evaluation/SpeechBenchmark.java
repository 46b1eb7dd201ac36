package io.touchpoint.speech.evaluation;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.speech.audio.AudioFiles;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.audio.Resampler;
import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.recognition.SpeechRecognizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Word error rate and real-time factor of one engine on a {@link SpeechCorpus}: each utterance
 * is read, resampled to 16 kHz and recognized whole. The real-time factor counts recognition time
 * only (not reading and resampling) as CPU time, summed over threads, divided by the audio's
 * duration: the fraction of one core a live call needs, whatever else the machine is doing.
 */
public final class SpeechBenchmark {

    /** The outcome for one utterance. */
    public record UtteranceResult(SpeechCorpus.Utterance utterance, String hypothesis, WordErrorRate.Count errors,
            long audioMs, long recognitionNanos) {
    }

    /** Results for all utterances, with totals per source and overall. */
    public record Result(String engine, int threads, List<UtteranceResult> utterances, long wallNanos) {

        public Result {
            utterances = List.copyOf(utterances);
        }

        public WordErrorRate.Count overall() {
            return utterances.stream().map(UtteranceResult::errors).reduce(WordErrorRate.Count.ZERO, WordErrorRate.Count::plus);
        }

        public Map<String, WordErrorRate.Count> bySource() {
            Map<String, WordErrorRate.Count> counts = new TreeMap<>();
            utterances.forEach(result -> counts.merge(result.utterance().source(), result.errors(), WordErrorRate.Count::plus));
            return counts;
        }

        public long audioMs() {
            return utterances.stream().mapToLong(UtteranceResult::audioMs).sum();
        }

        /** Recognition CPU time (all threads) over audio time. */
        public double realTimeFactor() {
            long nanos = utterances.stream().mapToLong(UtteranceResult::recognitionNanos).sum();
            return audioMs() == 0 ? 0 : nanos / 1e6 / audioMs();
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final RecognizerFactory factory;
    private final int threads;

    public SpeechBenchmark(RecognizerFactory factory, int threads) {
        this.factory = requireNonNull(factory, "factory is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    public Result run(List<SpeechCorpus.Utterance> utterances, ProgressListener progress) throws InterruptedException {
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int index = 0; index < utterances.size(); index++) {
            queue.add(index);
        }
        UtteranceResult[] results = new UtteranceResult[utterances.size()];
        AtomicInteger done = new AtomicInteger();
        progress.start("speech benchmark (" + factory.engine() + ")", utterances.size());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                workers.add(pool.submit(() -> {
                    try (SpeechRecognizer recognizer = factory.create()) {
                        Integer index;
                        while ((index = queue.poll()) != null) {
                            results[index] = recognize(recognizer, utterances.get(index));
                            done.incrementAndGet();
                            progress.advance(1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new Result(factory.engine(), threads, List.of(results), System.nanoTime() - started);
    }

    private static UtteranceResult recognize(SpeechRecognizer recognizer, SpeechCorpus.Utterance utterance) {
        PcmAudio audio;
        try {
            audio = AudioFiles.read(utterance.audio());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + utterance.audio(), e);
        }
        short[] samples = Resampler.resample(audio.mixdown(), audio.sampleRate(), SpeechRecognizer.SAMPLE_RATE);
        // CPU time of this thread (the native decoder runs on it): on a shared, busy machine wall time
        // measures the neighbours as much as the decoder.
        long start = THREADS.getCurrentThreadCpuTime();
        String hypothesis = recognizer.recognize(samples).text();
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        return new UtteranceResult(utterance, hypothesis, WordErrorRate.count(utterance.reference(), hypothesis),
                audio.durationMs(), nanos);
    }
}
