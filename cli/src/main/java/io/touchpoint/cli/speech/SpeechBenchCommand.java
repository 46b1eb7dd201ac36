package io.touchpoint.cli.speech;

import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.speech.SpeechConfig;
import io.touchpoint.speech.evaluation.SpeechBenchmark;
import io.touchpoint.speech.evaluation.SpeechCorpus;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import io.touchpoint.speech.pocketsphinx.PocketSphinxSettings;
import io.touchpoint.speech.recognition.RecognizerFactory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "speech", mixinStandardHelpOptions = true,
        description = {"Word error rate (per source and overall) and real-time factor of speech-to-text on a corpus "
                + "(manifest.tsv: audio_path, source, reference_text), for docs/benchmarks.md.",
            "The real-time factor is recognition CPU time over audio time (one decoder per thread)."})
public final class SpeechBenchCommand implements Callable<Integer> {

    @Option(names = "--manifest", required = true, description = "The corpus manifest, e.g. ../shared/data/speech-en/manifest.tsv.")
    Path manifest;

    @Option(names = "--threads", defaultValue = "1", description = "Decoders in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--compare-defaults", description = "Also run PocketSphinx with its own default settings on the same audio.")
    boolean compareDefaults;

    @Mixin
    SpeechOptions speech = new SpeechOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(manifest)) {
            throw TouchpointException.userError("manifest " + manifest + " does not exist");
        }
        PrintWriter out = spec.commandLine().getOut();
        SpeechCorpus corpus = SpeechCorpus.read(manifest);
        SpeechConfig config = speech.config();
        out.printf(Locale.ROOT, "%d utterances, %d cores, %d thread(s)%n", corpus.utterances().size(),
                Runtime.getRuntime().availableProcessors(), threads);
        RecognizerFactory factory = config.recognizerFactory(1);
        report(out, factory.describe(), run(factory, corpus));
        if (compareDefaults && factory instanceof PocketSphinxEngine engine) {
            PocketSphinxEngine defaults = new PocketSphinxEngine(engine.model(), PocketSphinxSettings.engineDefaults(), List.of());
            report(out, defaults.describe(), run(defaults, corpus));
        }
        return 0;
    }

    private SpeechBenchmark.Result run(RecognizerFactory factory, SpeechCorpus corpus) throws InterruptedException {
        return new SpeechBenchmark(factory, Math.max(1, threads)).run(corpus.utterances(), TerminalProgressBar.forTerminal());
    }

    private static void report(PrintWriter out, String engine, SpeechBenchmark.Result result) {
        out.println(engine);
        result.bySource().forEach((source, count) -> out.printf(Locale.ROOT, "  %-34s WER %5.1f%%  (%d errors / %d words)%n",
                source, 100 * count.rate(), count.errors(), count.referenceWords()));
        out.printf(Locale.ROOT, "  %-34s WER %5.1f%%  (%d errors / %d words)%n", "overall", 100 * result.overall().rate(),
                result.overall().errors(), result.overall().referenceWords());
        out.printf(Locale.ROOT, "  audio %.1f s, real-time factor %.3f (CPU), wall %.1f s%n", result.audioMs() / 1000.0,
                result.realTimeFactor(), result.wallNanos() / 1e9);
        out.flush();
    }

}
