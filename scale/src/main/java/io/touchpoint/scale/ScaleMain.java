package io.touchpoint.scale;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.kafka.Topics;
import io.touchpoint.scale.flink.LiveAnalysisJob;
import io.touchpoint.scale.flink.LiveJobOptions;
import io.touchpoint.scale.spark.SparkAnalysisJob;
import io.touchpoint.scale.spark.SparkJobOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The scale module's entry point: {@code spark} runs the batch analysis (under
 * {@code spark-submit}, or locally with {@code --master}), {@code flink} runs the live analysis
 * (under {@code flink run}, or in a local Flink when started with {@code java}).
 */
@Command(name = "touchpoint-scale", mixinStandardHelpOptions = true,
        description = "Touchpoint's analysis on Spark (batch) and Flink (live).",
        subcommands = {ScaleMain.SparkCommand.class, ScaleMain.FlinkCommand.class, CommandLine.HelpCommand.class})
public final class ScaleMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ScaleMain());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("error: " + exception.getMessage());
            boolean userError = exception instanceof TouchpointException touchpoint
                    && touchpoint.kind() == TouchpointException.Kind.USER_ERROR;
            // Options records reject bad values with IllegalArgumentException naming the option.
            if (userError || exception instanceof IllegalArgumentException) {
                return 2;
            }
            exception.printStackTrace(cmd.getErr());
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: spark or flink");
    }

    /** Options shared by both engines. */
    static final class PipelineOptions {
        @Option(names = "--rules", split = ",", paramLabel = "FILE.yaml",
                description = "extra rule files after the built-in packs (read on the submitting machine)")
        List<Path> rules = new ArrayList<>();

        @Option(names = "--no-scorecards", description = "skip the built-in QA scorecards")
        boolean noScorecards;

        PipelineSpec spec() {
            return PipelineSpec.standard().withRuleFiles(rules).withScorecards(!noScorecards);
        }
    }

    @Command(name = "spark", mixinStandardHelpOptions = true,
            description = "Analyze interactions on Spark and write the findings as Parquet in the store's schema.")
    static final class SparkCommand implements Callable<Integer> {
        @Option(names = "--input", required = true, description = "interactions: any Hadoop path or glob")
        String input;

        @Option(names = "--output", required = true, description = "output folder (findings/batch=ID/ inside)")
        String output;

        @Option(names = "--format", description = "ndjson or parquet (default: parquet for *.parquet, else ndjson)")
        String format;

        @Option(names = "--batch-id", description = "this input's slice of the output; a re-run replaces it "
                + "(default: the input's last path segment)")
        String batchId;

        @Option(names = "--master", description = "Spark master for a run without spark-submit, e.g. local[*]")
        String master;

        @CommandLine.Mixin
        PipelineOptions pipeline = new PipelineOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SparkJobOptions options = SparkJobOptions.of(input, output).withSpec(pipeline.spec());
            if (format != null) {
                options = options.withFormat(SparkJobOptions.InputFormat.parse(format));
            }
            if (batchId != null) {
                options = options.withBatchId(batchId);
            }
            SparkSession.Builder builder = SparkSession.builder().appName("touchpoint-analysis");
            SparkSession spark = master == null ? builder.getOrCreate()
                    : SparkAnalysisJob.localSession(master, "touchpoint-analysis");
            try {
                SparkAnalysisJob.Summary summary = SparkAnalysisJob.run(spark, options);
                spec.commandLine().getOut().printf("batch %s: %d interactions, %d finding rows, %d rejected lines, "
                                + "%.1f s (%.0f interactions/s)%nfindings: %s%n", summary.batchId(),
                        summary.interactions(), summary.findingRows(), summary.rejected(), summary.seconds(),
                        summary.interactions() / Math.max(0.001, summary.seconds()), summary.findingsPath());
                return summary.rejected() > 0 ? 3 : 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "flink", mixinStandardHelpOptions = true,
            description = "Run the live analysis: events topic in, findings and alerts topics out.")
    static final class FlinkCommand implements Callable<Integer> {
        @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers, host:port")
        String bootstrap;

        @Option(names = "--events-topic", defaultValue = Topics.EVENTS, description = "default: ${DEFAULT-VALUE}")
        String eventsTopic;

        @Option(names = "--findings-topic", defaultValue = Topics.FINDINGS, description = "default: ${DEFAULT-VALUE}")
        String findingsTopic;

        @Option(names = "--alerts-topic", defaultValue = Topics.ALERTS, description = "default: ${DEFAULT-VALUE}")
        String alertsTopic;

        @Option(names = "--group", defaultValue = "touchpoint-live", description = "consumer group and "
                + "transactional id prefix (default: ${DEFAULT-VALUE})")
        String group;

        @Option(names = "--checkpoint-interval", defaultValue = "5", description = "seconds (default: ${DEFAULT-VALUE})")
        int checkpointSeconds;

        @Option(names = "--at-least-once", description = "no Kafka transactions: lower latency, duplicates after a failure")
        boolean atLeastOnce;

        @CommandLine.Mixin
        PipelineOptions pipeline = new PipelineOptions();

        @Override
        public Integer call() throws Exception {
            LiveJobOptions options = LiveJobOptions.of(bootstrap).withTopics(eventsTopic, findingsTopic, alertsTopic)
                    .withGroupAndPrefix(group, group).withCheckpointInterval(Duration.ofSeconds(checkpointSeconds))
                    .withExactlyOnce(!atLeastOnce).withSpec(pipeline.spec());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            LiveAnalysisJob.build(env, options);
            env.execute("touchpoint-live");
            return 0;
        }
    }
}
