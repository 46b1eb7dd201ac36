package io.touchpoint.cli.scale;

import io.touchpoint.cli.ExitCodes;
import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.config.Settings;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.kafka.KafkaIngestOptions;
import io.touchpoint.kafka.KafkaStoreFeeder;
import io.touchpoint.kafka.Topics;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextConfig;
import io.touchpoint.text.TextSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code touchpoint ingest-kafka}: feeds the store from the events topic. Offsets are committed
 * after each stored batch; a re-run with the same group resumes after the last stored batch.
 */
@Command(name = "ingest-kafka", mixinStandardHelpOptions = true,
        description = {
            "Feed the store from a Kafka topic of interactions (the events topic's 'interaction' events, or canonical "
                    + "interaction JSON one per message; schema in docs/scale.md). PII redaction runs before the first "
                    + "write, as for 'touchpoint ingest'. Offsets are committed only after each batch is stored, so a "
                    + "stopped run loses nothing and a re-run stores nothing twice.",
            "Example: touchpoint ingest-kafka --from-kafka localhost:9092 --topic touchpoint.events --until-idle 30"})
public final class IngestKafkaCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--from-kafka", required = true, paramLabel = "BOOTSTRAP",
            description = "Kafka bootstrap servers, e.g. localhost:9092.")
    String bootstrap;

    @Option(names = "--topic", defaultValue = Topics.EVENTS, description = "Topic to read (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--group", defaultValue = KafkaIngestOptions.DEFAULT_GROUP,
            description = "Consumer group: where a re-run resumes (default: ${DEFAULT-VALUE}).")
    String group;

    static final class Stop {
        @Option(names = "--max-records", paramLabel = "N", description = "Stop after N messages.")
        Long maxRecords;

        @Option(names = "--until-idle", paramLabel = "SECONDS", description = "Stop when no message came for this long.")
        Long untilIdleSeconds;
    }

    @ArgGroup(exclusive = false)
    Stop stop = new Stop();

    @Option(names = "--batch-size", defaultValue = "1000", description = "Interactions per store write (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (stop.maxRecords == null && stop.untilIdleSeconds == null) {
            throw TouchpointException.userError("give --max-records N or --until-idle SECONDS (or both): otherwise the "
                    + "command would run forever");
        }
        if (!format.equals("table") && !format.equals("json")) {
            throw TouchpointException.userError("--format must be table or json, got '" + format + "'");
        }
        KafkaIngestOptions options;
        try {
            options = KafkaIngestOptions.of(bootstrap, topic).withGroup(group).withBatchSize(batchSize)
                    .withMaxRecords(stop.maxRecords == null ? 0 : stop.maxRecords)
                    .withUntilIdle(stop.untilIdleSeconds == null ? null : Duration.ofSeconds(stop.untilIdleSeconds));
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        Settings settings = data.settings();
        TextConfig text = TextSettings.apply(TextConfig.fast(), settings.values(), data.settingsBaseDir(settings));
        Pipeline preprocessing = new Pipeline(TextSettings.ingestAnalyzers(text,
                TextSettings.routingMinConfidence(settings.values())));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path deadLetterFile = data.dataDir().resolve("dead-letter").resolve("ingest-kafka-" + stamp + ".ndjson");
        KafkaStoreFeeder.Result result;
        try (TouchpointStore store = data.open();
                DeadLetterWriter deadLetters = new DeadLetterWriter(deadLetterFile);
                KafkaStoreFeeder feeder = new KafkaStoreFeeder(options, store, deadLetters, preprocessing)) {
            Thread hook = new Thread(feeder::stop, "ingest-kafka-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                result = feeder.run(TerminalProgressBar.forTerminal());
            } finally {
                removeHook(hook);
            }
        } catch (IOException e) {
            throw TouchpointException.external("could not write the dead-letter file " + deadLetterFile + ": "
                    + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            var node = Json.object();
            node.put("messages", result.messages());
            node.put("interactions", result.interactions());
            node.put("skippedLiveEvents", result.skipped());
            node.put("rejected", result.rejected());
            node.put("batches", result.batches());
            if (result.rejected() > 0) {
                node.put("deadLetterFile", deadLetterFile.toString());
            }
            Json.print(out, node);
        } else {
            out.printf("read %,d messages from %s: %,d interactions stored in %,d batches, %,d live events skipped, "
                    + "%,d rejected%n", result.messages(), topic, result.interactions(), result.batches(),
                    result.skipped(), result.rejected());
            if (result.rejected() > 0) {
                out.println("rejected messages: " + deadLetterFile);
            }
        }
        if (result.rejected() > 0) {
            return ExitCodes.SOME_REJECTED;
        }
        return result.messages() == 0 ? ExitCodes.NOTHING_READ : ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook has run
        }
    }
}
