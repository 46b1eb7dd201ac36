package io.touchpoint.store;

import io.touchpoint.core.ingest.IngestBatch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures ingest throughput into DuckDB + Lucene. Not a unit test: run it with a bounded heap,
 *
 * <pre>
 * java -Xmx512m --enable-native-access=ALL-UNNAMED -cp store/target/test-classes:store/target/classes:$(deps) \
 *     io.touchpoint.store.IngestBenchmark [interactions=20000] [batchSize=1000] [turns=10] [runs=3]
 * </pre>
 *
 * The batches are built before the clock starts, so the figure is the store's alone. Each run
 * writes into a fresh folder of a temporary directory.
 */
public final class IngestBenchmark {

    /** What one run measured. */
    record Result(int interactions, long turns, int batchSize, double seconds, double cpuSeconds) {
        double interactionsPerSecond() {
            return interactions / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d interactions (%,d turns) in batches of %,d: %.2f s, "
                    + "%,.0f interactions/s, %,.0f turns/s, %.1f CPU-seconds (all threads, DuckDB's included)",
                    interactions, turns, batchSize, seconds, interactionsPerSecond(), turns / seconds, cpuSeconds);
        }
    }

    private IngestBenchmark() {
    }

    static Result run(Path dataDir, int interactions, int batchSize, int turnsEach) {
        List<IngestBatch> batches = new ArrayList<>();
        for (int start = 0; start < interactions; start += batchSize) {
            int count = Math.min(batchSize, interactions - start);
            batches.add(SampleData.syntheticBatch("b" + start, count, turnsEach));
        }
        try (TouchpointStore store = TouchpointStore.open(dataDir)) {
            long cpuStarted = processCpuNanos();
            long started = System.nanoTime();
            for (IngestBatch batch : batches) {
                store.write(batch);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            return new Result(interactions, (long) interactions * turnsEach, batchSize, seconds, cpuSeconds);
        }
    }

    /** CPU time of the whole process, so a busy shared machine can be told from a slow store. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws IOException {
        int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int turns = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path dir = Files.createTempDirectory("touchpoint-bench");
        // Warm-up runs in their own folders let the JIT compile the write path (DuckDB staging,
        // Lucene's indexing chain) first; a cold JVM is several times slower on the first batches.
        for (int i = 0; i < 2; i++) {
            System.out.println("warm-up: " + run(dir.resolve("warmup-" + i), interactions, batchSize, turns));
        }
        for (int i = 0; i < runs; i++) {
            Result result = run(dir.resolve("run-" + i), interactions, batchSize, turns);
            System.out.println("run " + (i + 1) + ": " + result + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        }
    }
}
