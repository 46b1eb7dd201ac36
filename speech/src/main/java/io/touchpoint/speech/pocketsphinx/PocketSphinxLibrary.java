package io.touchpoint.speech.pocketsphinx;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.touchpoint.core.TouchpointException;

/**
 * The classic PocketSphinx C API (Debian bookworm's {@code libpocketsphinx3}, 0.8+5prealpha) and
 * the two sphinxbase functions it needs, bound through JNA.
 *
 * <p>Two calls changed arity between 0.8 and 5prealpha ({@code ps_seg_iter} lost its score
 * argument, {@code ps_nbest} its frame range and context). They are declared with the older,
 * longer argument lists: on the x86-64 and AArch64 calling conventions an extra argument in a
 * register is ignored by a callee that does not read it, so both versions are called correctly.
 */
interface PocketSphinxLibrary extends Library {

    /** The shared library's file name; override with {@code -Dtouchpoint.pocketsphinx.library=/path/libpocketsphinx.so.3}. */
    String DEFAULT_LIBRARY = "libpocketsphinx.so.3";
    String DEFAULT_BASE_LIBRARY = "libsphinxbase.so.3";

    Pointer ps_args();

    Pointer ps_init(Pointer config);

    int ps_free(Pointer decoder);

    int ps_start_utt(Pointer decoder);

    int ps_process_raw(Pointer decoder, short[] data, NativeLong samples, int noSearch, int fullUtterance);

    int ps_end_utt(Pointer decoder);

    String ps_get_hyp(Pointer decoder, IntByReference bestScore);

    int ps_get_prob(Pointer decoder);

    Pointer ps_get_logmath(Pointer decoder);

    Pointer ps_seg_iter(Pointer decoder, IntByReference unusedScore);

    Pointer ps_seg_next(Pointer segment);

    String ps_seg_word(Pointer segment);

    void ps_seg_frames(Pointer segment, IntByReference startFrame, IntByReference endFrame);

    int ps_seg_prob(Pointer segment, IntByReference acoustic, IntByReference language, IntByReference backoff);

    void ps_seg_free(Pointer segment);

    Pointer ps_nbest(Pointer decoder, int startFrame, int endFrame, String context1, String context2);

    Pointer ps_nbest_next(Pointer nbest);

    String ps_nbest_hyp(Pointer nbest, IntByReference score);

    void ps_nbest_free(Pointer nbest);

    int ps_add_word(Pointer decoder, String word, String phones, int update);

    /** sphinxbase: configuration parsed from an argv-style array. */
    interface Base extends Library {
        Pointer cmd_ln_parse_r(Pointer config, Pointer definitions, int argc, String[] argv, int strict);

        int cmd_ln_free_r(Pointer config);

        double logmath_exp(Pointer logmath, int logProbability);

        /** Silences sphinxbase's own logging to standard error (it is redirected per decoder too). */
        void err_set_logfp(Pointer file);
    }

    /** The loaded libraries, or a clear error naming the Debian packages to install. */
    record Loaded(PocketSphinxLibrary decoder, Base base) {
    }

    static Loaded load() {
        String decoderName = System.getProperty("touchpoint.pocketsphinx.library", DEFAULT_LIBRARY);
        String baseName = System.getProperty("touchpoint.sphinxbase.library", DEFAULT_BASE_LIBRARY);
        try {
            Base base = Native.load(baseName, Base.class);
            PocketSphinxLibrary decoder = Native.load(decoderName, PocketSphinxLibrary.class);
            return new Loaded(decoder, base);
        } catch (UnsatisfiedLinkError e) {
            throw new TouchpointException(TouchpointException.Kind.EXTERNAL, "PocketSphinx is not installed ("
                    + decoderName + ", " + baseName + " not found): install the Debian packages libpocketsphinx3 and "
                    + "libsphinxbase3 (apt-get install libpocketsphinx3 libsphinxbase3), or choose another engine "
                    + "with --engine whisper|vosk", e);
        }
    }
}
