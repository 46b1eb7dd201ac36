package io.touchpoint.speech.pocketsphinx;

import static java.util.Objects.requireNonNull;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.speech.recognition.Recognition;
import io.touchpoint.speech.recognition.RecognizedWord;
import io.touchpoint.speech.recognition.SpeechRecognizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PocketSphinx through JNA: one native decoder, used by one thread at a time. Word confidences
 * are the posterior probabilities of the words in the decoder's lattice.
 */
public final class PocketSphinxRecognizer implements SpeechRecognizer {

    /** PocketSphinx's frame rate: 100 feature frames per second. */
    private static final int MS_PER_FRAME = 10;
    /**
     * Quiet added before and after each utterance. Recordings cut tight to the speech (read-speech
     * corpora, a segment's edge) lost their first phone: "printing" came out as "renting",
     * "produced" as "reduced". Low-level noise rather than digital zeros, which the decoder's
     * silence detection and energy normalization handle badly.
     */
    private static final int PAD_MS = 300;

    /**
     * Decoder creation and release are serialized: sphinxbase keeps process-wide state (its log
     * file, set by {@code -logfn}) that two threads in {@code ps_init} at once can deadlock on
     * (seen: both threads blocked in {@code ps_init} for minutes). Decoding itself runs in parallel.
     */
    private static final Object NATIVE_LIFECYCLE = new Object();

    private final PocketSphinxLibrary.Loaded library;
    private final PocketSphinxSettings settings;
    private Pointer config;
    private Pointer decoder;

    PocketSphinxRecognizer(PocketSphinxLibrary.Loaded library, PocketSphinxModel model, PocketSphinxSettings settings,
            List<String> extraArguments) {
        this.library = requireNonNull(library, "library is null");
        this.settings = requireNonNull(settings, "settings is null");
        List<String> args = new ArrayList<>(List.of(
                "-hmm", model.acousticModel().toString(),
                "-lm", model.languageModel().toString(),
                "-dict", model.dictionary().toString(),
                "-samprate", Integer.toString(SAMPLE_RATE),
                "-bestpath", "yes",
                "-logfn", "/dev/null"));
        args.addAll(settings.arguments());
        args.addAll(extraArguments);
        String[] argv = args.toArray(String[]::new);
        synchronized (NATIVE_LIFECYCLE) {
            config = library.base().cmd_ln_parse_r(null, library.decoder().ps_args(), argv.length, argv, 1);
            if (config == null) {
                throw TouchpointException.userError("PocketSphinx rejected its configuration: " + String.join(" ", args));
            }
            decoder = library.decoder().ps_init(config);
            if (decoder == null) {
                library.base().cmd_ln_free_r(config);
                throw TouchpointException.userError("PocketSphinx could not load the model in " + model.folder()
                        + " (acoustic model, language model or dictionary is unreadable or does not match)");
            }
        }
    }

    @Override
    public String engine() {
        return PocketSphinxEngine.NAME;
    }

    /**
     * Adds a word to the dictionary and language model, e.g. a product name spelled with phones
     * the dictionary already uses ("telcomax" = "T EH L K OW M AE K S").
     *
     * @return whether the decoder took it
     */
    public boolean addWord(String word, String phones) {
        requireOpen();
        synchronized (NATIVE_LIFECYCLE) {
            return library.decoder().ps_add_word(decoder, word.toLowerCase(Locale.ROOT), phones, 1) >= 0;
        }
    }

    @Override
    public Recognition recognize(short[] samples) {
        requireNonNull(samples, "samples is null");
        requireOpen();
        PocketSphinxLibrary native_ = library.decoder();
        if (native_.ps_start_utt(decoder) < 0) {
            throw new IllegalStateException("PocketSphinx could not start an utterance");
        }
        short[] padded = padded(samples);
        if (samples.length > 0 && native_.ps_process_raw(decoder, padded, new NativeLong(padded.length), 0, 1) < 0) {
            native_.ps_end_utt(decoder);
            throw new IllegalStateException("PocketSphinx could not process " + samples.length + " samples");
        }
        native_.ps_end_utt(decoder);
        IntByReference score = new IntByReference();
        String hypothesis = native_.ps_get_hyp(decoder, score);
        if (hypothesis == null || hypothesis.isBlank()) {
            return Recognition.EMPTY;
        }
        // Computes the lattice posteriors that ps_seg_prob reports.
        native_.ps_get_prob(decoder);
        Pointer logmath = native_.ps_get_logmath(decoder);
        List<RecognizedWord> words = new ArrayList<>();
        IntByReference start = new IntByReference();
        IntByReference end = new IntByReference();
        IntByReference acoustic = new IntByReference();
        IntByReference language = new IntByReference();
        IntByReference backoff = new IntByReference();
        for (Pointer segment = native_.ps_seg_iter(decoder, new IntByReference()); segment != null;
                segment = native_.ps_seg_next(segment)) {
            String word = cleanWord(native_.ps_seg_word(segment));
            if (word == null) {
                continue;
            }
            native_.ps_seg_frames(segment, start, end);
            int posterior = native_.ps_seg_prob(segment, acoustic, language, backoff);
            double confidence = Math.max(0.0, Math.min(1.0, library.base().logmath_exp(logmath, posterior)));
            long audioMs = samples.length * 1000L / SAMPLE_RATE;
            long startMs = Math.min(audioMs, Math.max(0, (long) start.getValue() * MS_PER_FRAME - PAD_MS));
            long endMs = Math.min(audioMs, Math.max(startMs, (long) (end.getValue() + 1) * MS_PER_FRAME - PAD_MS));
            words.add(new RecognizedWord(word, startMs, endMs, confidence));
        }
        return new Recognition(words, settings.nbest() > 0 ? nbest(hypothesis) : List.of());
    }

    private static short[] padded(short[] samples) {
        int pad = SAMPLE_RATE * PAD_MS / 1000;
        short[] padded = new short[samples.length + 2 * pad];
        java.util.Random dither = new java.util.Random(samples.length);
        for (int index = 0; index < pad; index++) {
            padded[index] = (short) (dither.nextInt(9) - 4);
            padded[padded.length - 1 - index] = (short) (dither.nextInt(9) - 4);
        }
        System.arraycopy(samples, 0, padded, pad, samples.length);
        return padded;
    }

    private List<String> nbest(String best) {
        PocketSphinxLibrary native_ = library.decoder();
        Set<String> alternatives = new LinkedHashSet<>();
        String bestClean = cleanSentence(best);
        IntByReference score = new IntByReference();
        // Distinct hypotheses after dropping fillers; the A* search can take long on long lattices, so it is capped.
        Pointer nbest = native_.ps_nbest(decoder, 0, -1, null, null);
        for (int visited = 0; nbest != null && visited < 200; visited++) {
            nbest = native_.ps_nbest_next(nbest);
            if (nbest == null) {
                break;
            }
            String hypothesis = cleanSentence(native_.ps_nbest_hyp(nbest, score));
            if (!hypothesis.isEmpty() && !hypothesis.equals(bestClean)) {
                alternatives.add(hypothesis);
            }
            if (alternatives.size() >= settings.nbest()) {
                break;
            }
        }
        if (nbest != null) {
            native_.ps_nbest_free(nbest);
        }
        return List.copyOf(alternatives);
    }

    private static String cleanSentence(String hypothesis) {
        if (hypothesis == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String token : hypothesis.trim().split("\\s+")) {
            String word = cleanWord(token);
            if (word != null) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** Drops fillers ({@code <sil>}, {@code [NOISE]}) and the pronunciation variant suffix ({@code read(2)}). */
    static String cleanWord(String token) {
        if (token == null || token.isEmpty() || token.startsWith("<") || token.startsWith("[") || token.startsWith("++")) {
            return null;
        }
        int variant = token.indexOf('(');
        String word = variant > 0 ? token.substring(0, variant) : token;
        return word.isBlank() ? null : word;
    }

    private void requireOpen() {
        if (decoder == null) {
            throw new IllegalStateException("the recognizer is closed");
        }
    }

    @Override
    public void close() {
        synchronized (NATIVE_LIFECYCLE) {
            release();
        }
    }

    private void release() {
        if (decoder != null) {
            library.decoder().ps_free(decoder);
            decoder = null;
        }
        if (config != null) {
            library.base().cmd_ln_free_r(config);
            config = null;
        }
    }
}
