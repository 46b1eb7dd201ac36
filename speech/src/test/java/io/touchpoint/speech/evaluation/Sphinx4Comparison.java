package io.touchpoint.speech.evaluation;

import static java.util.Objects.requireNonNull;

import edu.cmu.sphinx.api.AbstractSpeechRecognizer;
import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.result.WordResult;
import edu.cmu.sphinx.util.LogMath;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.speech.pocketsphinx.PocketSphinxModel;
import io.touchpoint.speech.recognition.Recognition;
import io.touchpoint.speech.recognition.RecognizedWord;
import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.recognition.SpeechRecognizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * CMU Sphinx4 (pure Java, 5prealpha) on the same corpus, scored by the same {@link SpeechBenchmark}
 * as {@code touchpoint bench speech}: the same audio reading and 16 kHz resampling, the same 300 ms
 * of dithered padding PocketSphinx gets, the same word error rate, and the same real-time factor
 * (recognition CPU time of the one decoding thread over audio time). Sphinx4 decodes on the calling
 * thread (its default configuration scores with {@code SimpleAcousticScorer}, no worker threads), so
 * thread CPU time counts all of its decoding; JIT and GC threads are not counted. Not a test; run by hand:
 *
 * <pre>{@code
 * java -cp ... io.touchpoint.speech.evaluation.Sphinx4Comparison \
 *     [--manifest ../shared/data/speech-en/manifest.tsv] [--model ../shared/models/cmusphinx-en-us-ptm-5.2] [--limit N]
 * }</pre>
 *
 * <p>The dictionary and 3-gram LM are read from the shared model folder, the ones PocketSphinx uses. The
 * acoustic model comes from the {@code sphinx4-data} jar: the shared folder holds it in PocketSphinx's
 * form ({@code sendump}, binary {@code mdef}), which Sphinx4's loader cannot read; the jar has the same
 * means, variances and transition matrices plus {@code mixture_weights} and a text {@code mdef}.
 */
public final class Sphinx4Comparison {

    /** The acoustic model inside the sphinx4-data jar. */
    private static final String ACOUSTIC_MODEL = "resource:/edu/cmu/sphinx/models/en-us/en-us";

    private Sphinx4Comparison() {
    }

    public static void main(String[] args) throws Exception {
        String shared = System.getProperty("touchpoint.shared", "../shared");
        Path manifest = Path.of(option(args, "--manifest", shared + "/data/speech-en/manifest.tsv"));
        Path modelFolder = Path.of(option(args, "--model", shared + "/models/" + PocketSphinxModel.SHARED_NAME));
        int limit = Integer.parseInt(option(args, "--limit", Integer.toString(Integer.MAX_VALUE)));
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalArgumentException("manifest " + manifest + " does not exist; pass --manifest PATH");
        }
        PocketSphinxModel model = PocketSphinxModel.in(modelFolder);

        List<SpeechCorpus.Utterance> utterances = SpeechCorpus.read(manifest).utterances();
        utterances = utterances.subList(0, Math.min(limit, utterances.size()));
        Sphinx4Engine engine = new Sphinx4Engine(model);
        System.out.printf(Locale.ROOT, "%d utterances, %d cores, 1 thread%n", utterances.size(),
                Runtime.getRuntime().availableProcessors());
        long loadStart = System.nanoTime();
        SpeechBenchmark.Result result = new SpeechBenchmark(engine, 1).run(utterances, ProgressListener.NONE);
        System.out.println(engine.describe());
        result.bySource().forEach((source, count) -> System.out.printf(Locale.ROOT,
                "  %-34s WER %5.1f%%  (%d errors / %d words)%n", source, 100 * count.rate(), count.errors(), count.referenceWords()));
        WordErrorRate.Count overall = result.overall();
        System.out.printf(Locale.ROOT, "  %-34s WER %5.1f%%  (%d errors / %d words)%n", "overall", 100 * overall.rate(),
                overall.errors(), overall.referenceWords());
        System.out.printf(Locale.ROOT, "  audio %.1f s, real-time factor %.3f (CPU), wall %.1f s (incl. model loading %.1f s)%n",
                result.audioMs() / 1000.0, result.realTimeFactor(), (System.nanoTime() - loadStart) / 1e9,
                engine.loadNanos / 1e9);
        // The decoding thread's CPU time leaves out the JVM's collector and compiler threads, which a
        // 1-2 GB heap keeps busy; the whole process's CPU time (loading included) bounds it from above.
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.printf(Locale.ROOT, "  process CPU %.1f s (all JVM threads, model loading included): %.3f of audio time%n",
                    os.getProcessCpuTime() / 1e9, os.getProcessCpuTime() / 1e6 / result.audioMs());
        }
        if (System.getProperty("verbose") != null) {
            result.utterances().forEach(u -> System.out.println("  REF " + WordErrorRate.normalized(u.utterance().reference())
                    + "\n  HYP " + u.hypothesis()));
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int index = 0; index < args.length - 1; index++) {
            if (args[index].equals(name)) {
                return args[index + 1];
            }
        }
        return fallback;
    }

    /** Sphinx4 with the shared dictionary and LM; one decoder per {@link #create()}. */
    static final class Sphinx4Engine implements RecognizerFactory {

        private final PocketSphinxModel model;
        private volatile long loadNanos;

        Sphinx4Engine(PocketSphinxModel model) {
            this.model = requireNonNull(model, "model is null");
        }

        @Override
        public String engine() {
            return "sphinx4";
        }

        @Override
        public String describe() {
            return "sphinx4 5prealpha (default configuration), acoustic model " + ACOUSTIC_MODEL + ", dictionary "
                    + model.dictionary() + ", LM " + model.languageModel();
        }

        @Override
        public SpeechRecognizer create() {
            Configuration configuration = new Configuration();
            configuration.setAcousticModelPath(ACOUSTIC_MODEL);
            configuration.setDictionaryPath(model.dictionary().toString());
            configuration.setLanguageModelPath(model.languageModel().toString());
            configuration.setSampleRate(SpeechRecognizer.SAMPLE_RATE);
            long start = System.nanoTime();
            try {
                Sphinx4Recognizer recognizer = new Sphinx4Recognizer(configuration);
                loadNanos = System.nanoTime() - start;
                return recognizer;
            } catch (IOException e) {
                throw new UncheckedIOException("Sphinx4 could not load its model: " + describe(), e);
            }
        }
    }

    /**
     * One Sphinx4 decoder, allocated (acoustic model, dictionary, LM) once when it is created, as the
     * PocketSphinx decoder is, so that {@link #recognize} is decoding alone. {@code StreamSpeechRecognizer}
     * allocates and deallocates the whole recognizer around every stream, which would put model loading
     * into the timed part; this does what it does between those two calls.
     */
    static final class Sphinx4Recognizer extends AbstractSpeechRecognizer implements SpeechRecognizer {

        /** As {@code PocketSphinxRecognizer.PAD_MS}: quiet before and after, so both engines get the same samples. */
        private static final int PAD_MS = 300;
        private static final LogMath LOG_MATH = LogMath.getLogMath();

        private boolean allocated;

        Sphinx4Recognizer(Configuration configuration) throws IOException {
            super(configuration);
            // Sphinx4's configuration sets its java.util.logging loggers to INFO (every component, CMN
            // values, speed reports); warnings are enough here.
            Collections.list(LogManager.getLogManager().getLoggerNames())
                    .forEach(name -> Logger.getLogger(name).setLevel(Level.WARNING));
            recognizer.allocate();
            allocated = true;
        }

        @Override
        public String engine() {
            return "sphinx4";
        }

        @Override
        public Recognition recognize(short[] samples) {
            requireNonNull(samples, "samples is null");
            if (!allocated) {
                throw new IllegalStateException("the recognizer is closed");
            }
            short[] padded = padded(samples);
            ByteBuffer bytes = ByteBuffer.allocate(padded.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asShortBuffer().put(padded);
            context.setSpeechSource(new ByteArrayInputStream(bytes.array()));
            long audioMs = samples.length * 1000L / SAMPLE_RATE;
            List<RecognizedWord> words = new ArrayList<>();
            // Sphinx4's front end splits the stream at silences: one result per speech segment.
            for (SpeechResult result = getResult(); result != null; result = getResult()) {
                for (WordResult word : result.getWords()) {
                    if (word.isFiller() || word.getWord().isSentenceEndWord() || word.getWord().isSentenceStartWord()) {
                        continue;
                    }
                    String text = word.getWord().getSpelling();
                    long startMs = Math.min(audioMs, Math.max(0, word.getTimeFrame().getStart() - PAD_MS));
                    long endMs = Math.min(audioMs, Math.max(startMs, word.getTimeFrame().getEnd() - PAD_MS));
                    // Lattice posteriors are in Sphinx4's log domain.
                    double confidence = Math.max(0, Math.min(1, LOG_MATH.logToLinear((float) word.getConfidence())));
                    words.add(new RecognizedWord(text, startMs, endMs, confidence));
                }
            }
            return new Recognition(words, List.of());
        }

        /** The same padding as PocketSphinxRecognizer: low-level dither seeded by the length, not digital zeros. */
        private static short[] padded(short[] samples) {
            int pad = SAMPLE_RATE * PAD_MS / 1000;
            short[] padded = new short[samples.length + 2 * pad];
            Random dither = new Random(samples.length);
            for (int index = 0; index < pad; index++) {
                padded[index] = (short) (dither.nextInt(9) - 4);
                padded[padded.length - 1 - index] = (short) (dither.nextInt(9) - 4);
            }
            System.arraycopy(samples, 0, padded, pad, samples.length);
            return padded;
        }

        @Override
        public void close() {
            if (allocated) {
                recognizer.deallocate();
                allocated = false;
            }
        }
    }
}
