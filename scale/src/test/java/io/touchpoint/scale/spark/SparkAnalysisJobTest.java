package io.touchpoint.scale.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.ingest.canonical.CanonicalJson;
import io.touchpoint.scale.PipelineSpec;
import io.touchpoint.scale.ScalePipeline;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.store.TouchpointStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch job on a real Spark in local[2] mode (each task may be retried once). */
class SparkAnalysisJobTest {

    private static SparkSession spark;
    private static List<Interaction> interactions;
    /** Finding rows per interaction, from the pipeline run directly: what Spark must reproduce. */
    private static Map<String, Integer> expectedRows;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = SparkAnalysisJob.localSession("local[2,2]", "touchpoint-test");
        interactions = new ContactCenterSimulator(SimulationConfig.of(40, 7)).generate().interactions();
        Pipeline pipeline = ScalePipeline.of(PipelineSpec.standard());
        expectedRows = new HashMap<>();
        for (Interaction interaction : interactions) {
            AnalyzedInteraction analyzed = pipeline.run(interaction);
            expectedRows.put(interaction.id(), analyzed.findings().stream().mapToInt(f -> f.evidence().size()).sum());
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private Path ndjson(String name, List<String> extraLines) throws IOException {
        List<String> lines = new ArrayList<>();
        interactions.forEach(interaction -> lines.add(CanonicalJson.toLine(interaction)));
        lines.addAll(extraLines);
        Path file = temp.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static SparkJobOptions options(Path input, Path output) {
        // Four input partitions, so that a failure hits one task while others finish.
        return SparkJobOptions.of(input.toString(), output.toString());
    }

    private static Map<String, Integer> rowsPerInteraction(String findingsPath) {
        Map<String, Integer> counts = new HashMap<>();
        for (Row row : spark.read().parquet(findingsPath).groupBy("interaction_id").count().collectAsList()) {
            counts.put(row.getString(0), (int) row.getLong(1));
        }
        return counts;
    }

    private static long distinctKeys(String findingsPath) {
        return spark.read().parquet(findingsPath).select("interaction_id", "finding_index", "evidence_index")
                .distinct().count();
    }

    @Test
    void writesEveryFindingOnceInTheStoreSchemaAndTheStoreImportsIt() throws Exception {
        Path input = ndjson("day-1.ndjson", List.of("", "{\"id\":\"bad\",\"channel\":\"fax\"}"));
        Path output = temp.resolve("out");
        SparkJobOptions.InputFormat format = SparkJobOptions.InputFormat.guess(input.toString());
        assertThat(format).isEqualTo(SparkJobOptions.InputFormat.NDJSON);

        SparkAnalysisJob.Summary summary = SparkAnalysisJob.run(spark, options(input, output));

        assertThat(summary.interactions()).isEqualTo(interactions.size());
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(rowsPerInteraction(summary.findingsPath())).isEqualTo(expectedRows);
        assertThat(summary.findingRows()).isEqualTo(distinctKeys(summary.findingsPath()));
        assertThat(String.join("\n", Files.readAllLines(Files.list(Path.of(summary.rejectedPath()))
                .filter(file -> file.getFileName().toString().startsWith("part-")).findFirst().orElseThrow())))
                .contains("channel").contains("\"id\":\"bad\"");

        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"))) {
            store.write(IngestBatch.ofInteractions(interactions));
            // The column names and types are the store's: DuckDB inserts the files as they are.
            try (Statement statement = store.duckdb().createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM (SELECT * FROM findings UNION ALL "
                            + "SELECT * FROM read_parquet('" + output + "/findings/*/*.parquet', hive_partitioning = false))")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(summary.findingRows());
            }
            TouchpointStore.ParquetImport imported = store.importFindingsParquet(output + "/findings/*/*.parquet");
            assertThat(imported.interactions()).isEqualTo(interactions.size());
            assertThat(imported.findingRows()).isEqualTo(summary.findingRows());
            Interaction first = interactions.getFirst();
            assertThat(store.findings(first.id())).isEqualTo(ScalePipeline.of(PipelineSpec.standard()).run(first).findings());
            assertThat(store.interactionIdsNeedingAnalysis(summary.pipelineVersion(), false)).isEmpty();
        }
    }

    @Test
    void aTaskThatFailsMidJobIsRetriedWithoutDuplicates() throws Exception {
        Path input = ndjson("day-2.ndjson", List.of());
        Path marker = temp.resolve("failed-once");
        String victim = interactions.get(interactions.size() / 2).id();
        SparkJobOptions options = options(input, temp.resolve("out"))
                .withSpec(PipelineSpec.standard().withExtraAnalyzer(new FailOnce(marker.toString(), victim)));

        SparkAnalysisJob.Summary summary = SparkAnalysisJob.run(spark, options);

        assertThat(marker).exists();
        assertThat(summary.interactions()).isEqualTo(interactions.size());
        assertThat(rowsPerInteraction(summary.findingsPath())).isEqualTo(expectedRows);
        assertThat(summary.findingRows()).isEqualTo(distinctKeys(summary.findingsPath()));
    }

    @Test
    void aFailedJobRunAgainReplacesItsBatchAndLeavesOtherBatches() throws Exception {
        Path output = temp.resolve("out");
        SparkAnalysisJob.Summary other = SparkAnalysisJob.run(spark,
                options(ndjson("other.ndjson", List.of()), output).withBatchId("other"));

        Path input = ndjson("day-3.ndjson", List.of());
        Path poison = temp.resolve("poison");
        Files.createFile(poison);
        String victim = interactions.get(interactions.size() - 3).id();
        SparkJobOptions failing = options(input, output)
                .withSpec(PipelineSpec.standard().withExtraAnalyzer(new FailWhilePoisoned(poison.toString(), victim)));
        // Both attempts of the task fail: the job fails and commits nothing.
        assertThatThrownBy(() -> SparkAnalysisJob.run(spark, failing)).hasStackTraceContaining("poisoned");
        assertThat(output.resolve("findings/batch=day-3.ndjson")).doesNotExist();

        Files.delete(poison);
        SparkAnalysisJob.Summary rerun = SparkAnalysisJob.run(spark, failing);
        assertThat(rowsPerInteraction(rerun.findingsPath())).isEqualTo(expectedRows);

        // And once more: overwritten, not appended.
        SparkAnalysisJob.Summary again = SparkAnalysisJob.run(spark, failing);
        assertThat(again.findingRows()).isEqualTo(rerun.findingRows()).isEqualTo(distinctKeys(again.findingsPath()));
        assertThat(rowsPerInteraction(other.findingsPath())).isEqualTo(expectedRows);
    }

    @Test
    void readsInteractionsStoredAsParquet() throws Exception {
        Path ndjson = ndjson("source.ndjson", List.of());
        Path parquet = temp.resolve("interactions.parquet");
        spark.read().json(ndjson.toString()).write().parquet(parquet.toString());

        SparkAnalysisJob.Summary summary = SparkAnalysisJob.run(spark, options(parquet, temp.resolve("out")));

        assertThat(summary.rejected()).isZero();
        assertThat(rowsPerInteraction(summary.findingsPath())).isEqualTo(expectedRows);
    }

    @Test
    void rejectsABatchIdThatCannotNameAFolder() {
        assertThatThrownBy(() -> SparkJobOptions.of("in", "out").withBatchId("a/b"))
                .hasMessageContaining("batch id 'a/b'");
        assertThat(SparkJobOptions.batchIdOf("hdfs:///x/2026 03 02.ndjson/")).isEqualTo("2026_03_02.ndjson");
    }

    /** Throws on {@code victim} the first time any task meets it (the marker file records that). */
    record FailOnce(String marker, String victim) implements io.touchpoint.scale.AnalyzerFactory {
        @Override
        public Analyzer get() {
            return new Analyzer() {
                @Override
                public String name() {
                    return "fail-once";
                }

                @Override
                public AnalyzedInteraction analyze(AnalyzedInteraction input) {
                    if (input.interaction().id().equals(victim)) {
                        try {
                            Files.createFile(Path.of(marker));
                            throw new IllegalStateException("first attempt fails on " + victim);
                        } catch (FileAlreadyExistsException e) {
                            return input;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return input;
                }
            };
        }
    }

    /** Throws on {@code victim} while the poison file exists: a bug fixed between two runs. */
    record FailWhilePoisoned(String poison, String victim) implements io.touchpoint.scale.AnalyzerFactory {
        @Override
        public Analyzer get() {
            return new Analyzer() {
                @Override
                public String name() {
                    return "fail-while-poisoned";
                }

                @Override
                public AnalyzedInteraction analyze(AnalyzedInteraction input) {
                    if (input.interaction().id().equals(victim) && Files.exists(Path.of(poison))) {
                        throw new IllegalStateException("poisoned on " + victim);
                    }
                    return input;
                }
            };
        }
    }
}
