package io.touchpoint.cli.commands;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.config.Settings;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.ingest.IngestReport;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest throughput and memory: generated interactions (NDJSON, mbox, social CSV) through PII "
                + "redaction into a fresh DuckDB + Lucene store."},
        footer = {"%nFor the 512 MB heap target, generate first so the generator's memory is not counted:",
            "  ./touchpoint generate --out /tmp/tp-bench --interactions 100000",
            "  JAVA_OPTS=-Xmx512m ./touchpoint bench ingest --source /tmp/tp-bench"})
public final class IngestBenchCommand implements Callable<Integer> {

    @Option(names = "--interactions", defaultValue = "100000", description = "Interactions to generate when no --source is given (default: ${DEFAULT-VALUE}).")
    int interactions;

    @Option(names = "--source", paramLabel = "DIR", description = "A folder written by 'touchpoint generate' (its interactions, mailbox and social posts are read).")
    Path source;

    @Option(names = "--batch-size", defaultValue = "2000", description = "Records per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
            description = "Passes over the same input into a fresh store before the measured one, so the JIT "
                    + "compiler's work (about 30% of a cold run's CPU on 2 cores) is not counted, as JMH does "
                    + "(default: ${DEFAULT-VALUE}; 0 measures a cold JVM).")
    int warmup;

    @Option(names = "--pii", defaultValue = "redact", paramLabel = "MODE",
            description = "PII handling before the first write, as in ingest: redact (default), detect or off "
                    + "(off measures the storage path alone).")
    String piiMode;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("touchpoint-bench-");
        try {
            Path folder = source;
            if (folder == null) {
                out.printf("generating %,d interactions...%n", interactions);
                out.flush();
                folder = work.resolve("source");
                SimulationWriter.write(GenerateCommand.generate(interactions, 42), folder);
            }
            // Every channel's file as generate writes them (NDJSON, mbox, social CSV), not the side tables.
            List<Path> inputs = List.of(folder.resolve("interactions.ndjson"), folder.resolve("email/mailbox.mbox"),
                    folder.resolve("social/posts.csv"));
            for (Path input : inputs) {
                if (!Files.isRegularFile(input)) {
                    throw TouchpointException.userError(input + " does not exist; write it with: touchpoint generate --out " + folder);
                }
            }
            Pipeline preprocessing = IngestCommand.preprocessing(
                    Settings.empty().with(Map.of(TextSettings.PII_MODE, piiMode)), work);
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            for (int i = 1; i <= warmup; i++) {
                Pass pass = ingestOnce(inputs, work.resolve("warmup-" + i), preprocessing);
                out.printf(Locale.ROOT, "warm-up %d of %d (JIT compiling, not counted): %,.0f interactions/s%n", i,
                        warmup, pass.throughput());
                out.flush();
            }
            Pass measured = ingestOnce(inputs, work.resolve("store"), preprocessing);
            sampler.stop();
            out.printf(Locale.ROOT, "ingest (pii %s): %,d interactions (%,d turns) in %.2f s = %,.0f interactions/s%n",
                    piiMode, measured.stored(), measured.turns(), measured.seconds(), measured.throughput());
            out.printf(Locale.ROOT, "heap: peak used %,d MB (sampled every 20 ms, all passes), max heap %,d MB; "
                    + "rejected %d%n", sampler.peakBytes() / (1 << 20), Runtime.getRuntime().maxMemory() / (1 << 20),
                    measured.rejected());
            out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), System.getProperty("os.name"), System.getProperty("os.arch"));
            out.flush();
            return 0;
        } finally {
            ScratchFolders.delete(work);
        }
    }

    private record Pass(long stored, long turns, double seconds, long rejected) {
        double throughput() {
            return stored / seconds;
        }
    }

    /** One ingest into a fresh store, timed up to its close (the store commits what it deferred there). */
    private Pass ingestOnce(List<Path> inputs, Path storeDir, Pipeline preprocessing) throws IOException {
        System.gc();
        long started = System.nanoTime();
        IngestReport report;
        long turns;
        try (TouchpointStore store = TouchpointStore.open(storeDir)) {
            report = IngestCommand.run(store, storeDir, inputs, IngestOptions.defaults(), batchSize, preprocessing);
            turns = store.stats().turns();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ScratchFolders.delete(storeDir);
        return new Pass(report.stored(), turns, seconds, report.rejected());
    }

    /** Samples used heap on a daemon thread: the honest peak, including garbage not yet collected. */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peakBytes() {
            return peak.get();
        }
    }
}
