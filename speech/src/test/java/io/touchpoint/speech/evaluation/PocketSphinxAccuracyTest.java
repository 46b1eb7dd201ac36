package io.touchpoint.speech.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.speech.SharedResources;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Word error rate of the default engine (PocketSphinx with Touchpoint's tuned settings) on the
 * shared real-speech set; the target is at most 25% overall. Speed is measured by
 * {@code touchpoint bench speech}, not here.
 */
class PocketSphinxAccuracyTest {

    @Test
    void wordErrorRateOnRealReadSpeechIsAtMostTwentyFivePercent() throws Exception {
        SpeechCorpus corpus = SpeechCorpus.read(SharedResources.speechManifest());
        PocketSphinxEngine engine = PocketSphinxEngine.of(SharedResources.cmuModel());
        SpeechBenchmark.Result result = new SpeechBenchmark(engine, 2).run(corpus.utterances(), ProgressListener.NONE);
        result.bySource().forEach((source, count) -> System.out.printf(Locale.ROOT, "%-32s WER %.3f (%d/%d)%n",
                source, count.rate(), count.errors(), count.referenceWords()));
        System.out.printf(Locale.ROOT, "overall WER %.3f, RTF %.3f%n", result.overall().rate(), result.realTimeFactor());
        assertThat(result.overall().referenceWords()).isGreaterThan(500);
        assertThat(result.overall().rate()).isLessThanOrEqualTo(0.25);
    }
}
