package io.touchpoint.scale.spark;

import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.simulator.WrittenFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Spark job throughput on simulated data: {@code SparkThroughputBenchmark [interactions] [master]}
 * (defaults 2000, local[2]). Runs the job twice (the first run warms the JIT and compiles the
 * rules in each executor) and prints both. Command and figures: docs/benchmarks.md.
 */
public final class SparkThroughputBenchmark {

    private SparkThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String master = args.length > 1 ? args[1] : "local[2]";
        Path work = Files.createTempDirectory("touchpoint-spark-bench");
        WrittenFiles files = SimulationWriter.write(
                new ContactCenterSimulator(SimulationConfig.of(interactions, 42)).generate(), work.resolve("data"));
        SparkSession spark = SparkAnalysisJob.localSession(master, "touchpoint-bench");
        try {
            for (int run = 1; run <= 2; run++) {
                SparkAnalysisJob.Summary summary = SparkAnalysisJob.run(spark,
                        SparkJobOptions.of(files.interactions().toString(), work.resolve("out").toString()));
                System.out.printf(Locale.ROOT, "run %d on %s: %d interactions, %d finding rows in %.1f s = %.0f "
                                + "interactions/s%n", run, master, summary.interactions(), summary.findingRows(),
                        summary.seconds(), summary.interactions() / summary.seconds());
            }
        } finally {
            spark.stop();
        }
    }
}
