package io.touchpoint.text;

import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.text.embedding.EmbeddingModel;
import io.touchpoint.text.sentiment.EmbeddingSentimentScorer;
import io.touchpoint.text.sentiment.LexiconSentimentScorer;
import io.touchpoint.text.sentiment.SentimentScorer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput and memory of the text analysis on simulated contact-center turns: sentiment in the
 * lexicon and the embedding mode, and the whole text pipeline in its fast configuration. A
 * benchmark, not a test: run it by hand (see docs/benchmarks-text.md) on an otherwise idle machine.
 *
 * <p>Arguments: [interactions to simulate (default 2000)] [turns for the embedding mode (default 3000)].
 */
public final class TextBenchmark {

    private TextBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int embeddingTurns = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        List<Interaction> calls = new ContactCenterSimulator(SimulationConfig.of(interactions, 11)).generate().interactions();
        List<String> turns = new ArrayList<>();
        for (Interaction interaction : calls) {
            for (Turn turn : interaction.turns()) {
                if (turn.speaker() == Speaker.CUSTOMER || turn.speaker() == Speaker.AGENT) {
                    turns.add(turn.text());
                }
            }
        }
        double meanLength = turns.stream().mapToInt(String::length).average().orElse(0);
        print("turns: %,d from %,d simulated interactions, mean %.0f characters%n", turns.size(), calls.size(), meanLength);
        print("cores: %d, max heap: %,d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        resetPeaks();
        SentimentScorer lexicon = LexiconSentimentScorer.standard();
        lexicon.scoreAll(turns);
        long started = System.nanoTime();
        int rounds = 3;
        for (int round = 0; round < rounds; round++) {
            lexicon.scoreAll(turns);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print("sentiment %-15s %,10.0f turns/s (one thread), peak heap %,d MB%n",
                "lexicon:", rounds * turns.size() / seconds, peakHeapMb());

        for (EmbeddingModel model : List.of(EmbeddingModel.MINILM, EmbeddingModel.BGE_SMALL)) {
            resetPeaks();
            SentimentScorer embedding = EmbeddingSentimentScorer.bundled(model);
            List<String> sample = turns.subList(0, Math.min(embeddingTurns, turns.size()));
            embedding.scoreAll(sample.subList(0, Math.min(200, sample.size())));
            started = System.nanoTime();
            for (int from = 0; from < sample.size(); from += 256) {
                embedding.scoreAll(sample.subList(from, Math.min(sample.size(), from + 256)));
            }
            seconds = (System.nanoTime() - started) / 1e9;
            print("sentiment %-15s %,10.0f turns/s (%s, batches of 256, %d threads), peak heap %,d MB%n",
                    embedding.mode().wireName() + ":", sample.size() / seconds, model.wireName(),
                    Runtime.getRuntime().availableProcessors(), peakHeapMb());
        }

        resetPeaks();
        Pipeline fast = new Pipeline(TextAnalyzers.defaults(TextConfig.fast()));
        fast.run(calls.get(0));
        started = System.nanoTime();
        long pipelineTurns = 0;
        for (Interaction interaction : calls) {
            fast.run(interaction);
            pipelineTurns += interaction.turns().size();
        }
        seconds = (System.nanoTime() - started) / 1e9;
        print("text pipeline, lexicon:   %,10.0f interactions/s, %,.0f turns/s (language, PII, sentiment, emotion, "
                + "keywords; one thread), peak heap %,d MB%n", calls.size() / seconds, pipelineTurns / seconds, peakHeapMb());
        print("process peak resident memory (heap, ONNX Runtime, models): %,d MB%n", peakResidentMb());
    }

    private static void print(String format, Object... values) {
        // A benchmark's results belong on standard output.
        System.out.printf(Locale.ROOT, format, values);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the live heap the step needed. */
    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static long peakResidentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        }
        return -1;
    }
}
