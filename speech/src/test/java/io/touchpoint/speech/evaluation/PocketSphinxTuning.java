package io.touchpoint.speech.evaluation;

import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import io.touchpoint.speech.pocketsphinx.PocketSphinxModel;
import io.touchpoint.speech.pocketsphinx.PocketSphinxSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A grid over PocketSphinx settings on a speech corpus, printing WER per source and RTF: how the
 * tuned settings were chosen. Not a test; run it by hand:
 * {@code java -cp ... io.touchpoint.speech.evaluation.PocketSphinxTuning MANIFEST MODEL_DIR "lw=6.5,8,10" "wip=0.65,0.2"}.
 */
public final class PocketSphinxTuning {

    private PocketSphinxTuning() {
    }

    public static void main(String[] args) throws Exception {
        SpeechCorpus corpus = SpeechCorpus.read(Path.of(args[0]));
        PocketSphinxModel model = PocketSphinxModel.in(Path.of(args[1]));
        List<Double> weights = values(args, "lw", "6.5");
        List<Double> penalties = values(args, "wip", "0.65");
        List<Double> beams = values(args, "beam", "1e-48");
        List<Double> wordBeams = values(args, "wbeam", "7e-29");
        List<Double> hmms = values(args, "maxhmmpf", "30000");
        List<Double> fwdflat = values(args, "fwdflat", "1");
        List<String> extra = java.util.Arrays.stream(args).filter(arg -> arg.startsWith("extra="))
                .flatMap(arg -> java.util.Arrays.stream(arg.substring(6).trim().split("\\s+"))).filter(x -> !x.isEmpty()).toList();
        int threads = (int) (double) values(args, "threads", "2").get(0);
        for (double lw : weights) {
            for (double wip : penalties) {
                for (double beam : beams) {
                    for (double wordBeam : wordBeams) {
                        for (double maxHmms : hmms) {
                            for (double flat : fwdflat) {
                                PocketSphinxSettings settings = PocketSphinxSettings.engineDefaults().withLanguageWeight(lw)
                                        .withWordInsertionPenalty(wip).withBeams(beam, wordBeam)
                                        .withMaxActiveHmms((int) maxHmms).withSecondPass(flat > 0)
                                        .withExtraSwitches(extra);
                                PocketSphinxEngine engine = new PocketSphinxEngine(model, settings, List.of());
                                SpeechBenchmark.Result result = new SpeechBenchmark(engine, threads)
                                        .run(corpus.utterances(), ProgressListener.NONE);
                                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                                        "%-70s WER %.3f RTF %.3f", settings, result.overall().rate(), result.realTimeFactor()));
                                result.bySource().forEach((source, count) -> line.append(String.format(Locale.ROOT,
                                        "  %s %.3f", source, count.rate())));
                                System.out.println(line);
                                if (System.getProperty("verbose") != null) {
                                    result.utterances().forEach(u -> System.out.println("  REF " + WordErrorRate.normalized(
                                            u.utterance().reference()) + "\n  HYP " + u.hypothesis()));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static List<Double> values(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return java.util.Arrays.stream(arg.substring(name.length() + 1).split(",")).map(Double::parseDouble).toList();
            }
        }
        return List.of(Double.parseDouble(fallback));
    }
}
