package io.touchpoint.scale.spark;

import static java.util.Objects.requireNonNull;

import io.touchpoint.scale.ScalePipeline;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch analysis on Spark: reads interactions (canonical NDJSON or Parquet, any Hadoop path),
 * runs the pipeline per partition on the executors and writes the findings as Parquet in the
 * store's schema.
 *
 * <p><b>Exactly once.</b> Output goes to {@code OUTPUT/findings/batch=BATCH/} with dynamic
 * partition overwrite: a re-run of the same batch replaces that folder (never appends), other
 * batches stay. Spark's commit protocol keeps the output of failed or speculative task attempts
 * out of the result, and a job that fails leaves the batch's previous output in place. So a
 * task retried mid-job, or a failed job run again, gives each finding exactly once.
 *
 * <pre>{@code
 * SparkAnalysisJob.Summary summary = SparkAnalysisJob.run(spark,
 *         SparkJobOptions.of("hdfs:///contacts/2026-03-02.ndjson", "hdfs:///touchpoint/analysis"));
 * }</pre>
 */
public final class SparkAnalysisJob {

    private static final Logger LOG = LoggerFactory.getLogger(SparkAnalysisJob.class);

    /** The partition column of the output; DuckDB must read with {@code hive_partitioning = false}. */
    public static final String BATCH_COLUMN = "batch";

    /**
     * What a run wrote.
     *
     * @param findingsPath the folder of this batch's findings Parquet files
     * @param rejectedPath the folder of unreadable input lines (text, one per line, with the reason)
     */
    public record Summary(String batchId, long interactions, long findingRows, long rejected, String pipelineVersion,
            String findingsPath, String rejectedPath, double seconds) {
    }

    private SparkAnalysisJob() {
    }

    public static Summary run(SparkSession spark, SparkJobOptions options) {
        requireNonNull(spark, "spark is null");
        requireNonNull(options, "options is null");
        long started = System.nanoTime();
        String version = ScalePipeline.version(options.spec());
        Dataset<String> lines = lines(spark, options);

        String findingsRoot = options.output() + "/findings";
        Dataset<Row> findings = lines.mapPartitions(new AnalyzePartition(options.spec(), version),
                        Encoders.row(FindingsSchema.SCHEMA))
                .withColumn(BATCH_COLUMN, functions.lit(options.batchId()));
        findings.write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .partitionBy(BATCH_COLUMN)
                .parquet(findingsRoot);

        // Parse only, no analysis: cheap next to the pass above.
        String rejectedPath = options.output() + "/rejected/" + BATCH_COLUMN + "=" + options.batchId();
        lines.map((MapFunction<String, String>) line -> AnalyzePartition.problem(line)
                        .map(problem -> problem + "\t" + line).orElse(""), Encoders.STRING())
                .filter((FilterFunction<String>) line -> !line.isEmpty())
                .coalesce(1)
                .write().mode(SaveMode.Overwrite).text(rejectedPath);

        String findingsPath = findingsRoot + "/" + BATCH_COLUMN + "=" + options.batchId();
        Dataset<Row> written = spark.read().parquet(findingsPath);
        long rows = written.count();
        long interactions = written.select("interaction_id").distinct().count();
        long rejected = spark.read().text(rejectedPath).count();
        Summary summary = new Summary(options.batchId(), interactions, rows, rejected, version, findingsPath,
                rejectedPath, (System.nanoTime() - started) / 1e9);
        LOG.info("Batch {}: {} interactions analyzed, {} finding rows, {} lines rejected, in {} s", summary.batchId(),
                interactions, rows, rejected, String.format("%.1f", summary.seconds()));
        return summary;
    }

    private static Dataset<String> lines(SparkSession spark, SparkJobOptions options) {
        return switch (options.format()) {
            case NDJSON -> spark.read().textFile(options.input());
            // Parquet rows become the canonical JSON again: one reader and one validation for both formats.
            case PARQUET -> spark.read().parquet(options.input()).toJSON();
        };
    }

    /** A session for local runs and tests: loopback only, UTC, a modest shuffle. */
    public static SparkSession localSession(String master, String appName) {
        return SparkSession.builder()
                .master(master)
                .appName(appName)
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
