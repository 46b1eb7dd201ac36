package io.touchpoint.speech.evaluation;

import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import io.touchpoint.speech.pocketsphinx.PocketSphinxModel;
import io.touchpoint.speech.pocketsphinx.PocketSphinxSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the N-best lists cost: the tuned PocketSphinx settings without and with {@code nbest}
 * alternatives on a speech corpus, one thread, alternating so that other load on the machine
 * falls on both. Not a test; run it by hand:
 * {@code java -cp ... io.touchpoint.speech.evaluation.NbestCost MANIFEST MODEL_DIR [NBEST] [ROUNDS]}.
 */
public final class NbestCost {

    private NbestCost() {
    }

    public static void main(String[] args) throws Exception {
        SpeechCorpus corpus = SpeechCorpus.read(Path.of(args[0]));
        PocketSphinxModel model = PocketSphinxModel.in(Path.of(args[1]));
        int nbest = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int round = 0; round < rounds; round++) {
            for (int count : List.of(0, nbest)) {
                PocketSphinxSettings settings = PocketSphinxSettings.tuned().withNbest(count);
                PocketSphinxEngine engine = new PocketSphinxEngine(model, settings, List.of());
                SpeechBenchmark.Result result = new SpeechBenchmark(engine, 1).run(corpus.utterances(), ProgressListener.NONE);
                System.out.println(String.format(Locale.ROOT, "nbest %2d: WER %.3f RTF %.3f (%d utterances, %.0f s of audio)",
                        count, result.overall().rate(), result.realTimeFactor(), result.utterances().size(),
                        result.audioMs() / 1000.0));
            }
        }
    }
}
