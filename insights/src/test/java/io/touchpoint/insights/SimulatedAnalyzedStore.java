package io.touchpoint.insights;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.HandleTimeAnalyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.IngestJob;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.simulator.WrittenFiles;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextAnalyzers;
import io.touchpoint.text.TextConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real store of a simulated contact center: generated, written to files, read back by the real ingest job, then
 * analyzed by the real pipeline (handle time, text analytics with the fast lexicon sentiment, the built-in rule
 * packs), as {@code touchpoint demo} and {@code touchpoint analyze} do.
 */
public record SimulatedAnalyzedStore(TouchpointStore store, SimulatedContactCenter center, GroundTruth truth) {

    private static final java.util.Map<String, SimulatedAnalyzedStore> SHARED = new java.util.HashMap<>();

    /**
     * One store per size, seed and text flag for the whole test run (analysis takes seconds, and several test
     * classes read the same data); closed and deleted when the JVM exits. Tests must not change what others read.
     */
    public static synchronized SimulatedAnalyzedStore shared(int interactions, long seed, boolean text) throws Exception {
        String key = interactions + "/" + seed + "/" + text;
        SimulatedAnalyzedStore existing = SHARED.get(key);
        if (existing == null) {
            Path folder = java.nio.file.Files.createTempDirectory("insights-sim");
            existing = create(folder, interactions, seed, text);
            SimulatedAnalyzedStore created = existing;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                created.store().close();
                try (var files = java.nio.file.Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (java.io.IOException ignored) {
                    // a temp folder left behind is harmless
                }
            }));
            SHARED.put(key, existing);
        }
        return existing;
    }

    public static SimulatedAnalyzedStore create(Path folder, int interactions, long seed, boolean text) throws Exception {
        long started = System.nanoTime();
        SimulationConfig config = SimulationConfig.of(interactions, seed);
        SimulatedContactCenter center = new ContactCenterSimulator(config).generate();
        WrittenFiles files = SimulationWriter.write(center, folder.resolve("source"));
        TouchpointStore store = TouchpointStore.open(folder.resolve("data"));
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(folder.resolve("dead-letter.ndjson"))) {
            new IngestJob(ConnectorRegistry.load(), store, deadLetters, IngestOptions.defaults(), ProgressListener.NONE,
                    2000).run(List.of(files.customers(), files.agents(), files.interactions(), files.mailbox(),
                    files.socialPosts(), files.desktopEvents()));
        }
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new HandleTimeAnalyzer());
        if (text) {
            analyzers.addAll(TextAnalyzers.defaults(TextConfig.fast()));
        }
        long ingested = System.nanoTime();
        analyzers.add(new RuleAnalyzer(RuleSet.builtIn()));
        Pipeline pipeline = new Pipeline(analyzers);
        List<String> ids = store.interactionIdsNeedingAnalysis("test", true);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<AnalyzedInteraction> analyzed = store.interactions(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .parallelStream().map(pipeline::run).toList();
            store.writeAnalysis(analyzed, "test");
        }
        System.err.printf("simulated store: %d interactions, ingest %.1f s, analysis %.1f s (text %s)%n", interactions,
                (ingested - started) / 1e9, (System.nanoTime() - ingested) / 1e9, text);
        return new SimulatedAnalyzedStore(store, center, GroundTruth.read(files.groundTruth()));
    }
}
