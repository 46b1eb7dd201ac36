package io.touchpoint.cli.commands;

import io.touchpoint.core.TouchpointException;
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
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long started = System.nanoTime();
            IngestReport report;
            long turns;
            double seconds;
            try (TouchpointStore store = TouchpointStore.open(work.resolve("store"))) {
                report = IngestCommand.run(store, work.resolve("store"), inputs, IngestOptions.defaults(), batchSize,
                        IngestCommand.preprocessing(Settings.empty().with(Map.of(TextSettings.PII_MODE, piiMode)), work));
                turns = store.stats().turns();
            }
            // Up to the close: the store commits what it deferred (the search index) there.
            seconds = (System.nanoTime() - started) / 1e9;
            sampler.stop();
            out.printf(Locale.ROOT, "ingest (pii %s): %,d interactions (%,d turns) in %.2f s = %,.0f interactions/s%n",
                    piiMode, report.stored(), turns, seconds, report.stored() / seconds);
            out.printf(Locale.ROOT, "heap: peak used %,d MB (sampled every 20 ms), max heap %,d MB; rejected %d%n",
                    sampler.peakBytes() / (1 << 20), Runtime.getRuntime().maxMemory() / (1 << 20), report.rejected());
            out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), System.getProperty("os.name"), System.getProperty("os.arch"));
            out.flush();
            return 0;
        } finally {
            deleteRecursively(work);
        }
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

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
