package io.touchpoint.cli.commands;

import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.OutputFormat;
import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.config.Settings;
import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.IngestJob;
import io.touchpoint.ingest.IngestReport;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextConfig;
import io.touchpoint.text.TextSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Reads files or folders into the store: canonical NDJSON interactions and desktop events, CSV with a "
                    + "column mapping, e-mail (.eml, mbox), social-post CSV threads, chat transcripts, CRM customers and agents CSV.",
            "Bad records go to a dead-letter file with their reason; the rest is stored. Re-ingesting the same input "
                    + "stores no duplicates."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was stored", "3:some records were rejected (see the dead-letter file)",
            "4:nothing could be read", "1:internal or storage error", "2:usage error"})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read (folders recursively).")
    List<Path> paths;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A connector setting, e.g. csv.column.text=body or email.agent-domains=example.com (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A .properties file of connector settings, e.g. a CSV column mapping.")
    Path mappingFile;

    @Option(names = "--phone-region", defaultValue = "US", paramLabel = "CC",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String phoneRegion;

    @Option(names = "--max-record-bytes", defaultValue = "" + IngestOptions.DEFAULT_MAX_RECORD_BYTES,
            description = "Records larger than this are rejected (default: ${DEFAULT-VALUE}).")
    int maxRecordBytes;

    @Option(names = "--batch-size", defaultValue = "2000", description = "Records per atomic batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--pii", paramLabel = "MODE",
            description = "redact (default: personal data is replaced by [CARD], [SSN]... before anything is stored), "
                    + "detect (findings only) or off; overrides text.pii-mode.")
    String piiMode;

    @Option(names = "--routing-model", paramLabel = "FILE.tpmodel",
            description = "A queue classifier (touchpoint classifier train --label-column queue) that routes e-mail, "
                    + "chat, web form, SMS and social contacts without a queue; overrides text.routing-model.")
    Path routingModel;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (batchSize < 1) {
            throw TouchpointException.userError("--batch-size must be at least 1, got " + batchSize);
        }
        Map<String, String> allSettings = new LinkedHashMap<>(readMapping());
        allSettings.putAll(settings);
        IngestOptions options = new IngestOptions(maxRecordBytes, phoneRegion, allSettings);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> overrides = new LinkedHashMap<>();
        if (piiMode != null) {
            overrides.put(TextSettings.PII_MODE, piiMode);
        }
        if (routingModel != null) {
            overrides.put(TextSettings.ROUTING_MODEL, routingModel.toAbsolutePath().toString());
        }
        Settings settings = data.settings().with(overrides);
        Pipeline preprocessing = preprocessing(settings, data.settingsBaseDir(settings));
        try (TouchpointStore store = data.open()) {
            IngestReport report = run(store, data.dataDir(), paths, options, batchSize, preprocessing);
            print(out, report);
            return report.exitStatus();
        }
    }

    /**
     * What runs on every interaction before its first write, from the {@code text.*} settings:
     * PII redaction (on unless {@code text.pii-mode=off}) and queue routing (when
     * {@code text.routing-model} names a model).
     */
    static Pipeline preprocessing(Settings settings, Path baseDir) {
        TextConfig config = TextSettings.apply(TextConfig.fast(), settings.values(), baseDir);
        return new Pipeline(TextSettings.ingestAnalyzers(config, TextSettings.routingMinConfidence(settings.values())));
    }

    /** Runs one ingest into an open store; shared with {@code demo} and {@code bench}. */
    static IngestReport run(TouchpointStore store, Path dataDir, List<Path> paths, IngestOptions options, int batchSize,
            Pipeline preprocessing) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw TouchpointException.userError("no such file or folder: " + path);
            }
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path deadLetterFile = dataDir.resolve("dead-letter").resolve("ingest-" + stamp + ".ndjson");
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(deadLetterFile)) {
            IngestJob job = new IngestJob(ConnectorRegistry.load(), store, deadLetters, options,
                    TerminalProgressBar.forTerminal(), batchSize);
            if (!preprocessing.analyzers().isEmpty()) {
                job = job.withPreprocessing(preprocessing);
            }
            return job.run(paths);
        } catch (IOException e) {
            throw TouchpointException.external("could not write the dead-letter file " + deadLetterFile + ": " + e.getMessage(), e);
        }
    }

    private Map<String, String> readMapping() throws IOException {
        if (mappingFile == null) {
            return Map.of();
        }
        if (!Files.isRegularFile(mappingFile)) {
            throw TouchpointException.userError("--mapping: no such file: " + mappingFile);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(mappingFile)) {
            properties.load(in);
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> mapping.put(key, properties.getProperty(key)));
        return mapping;
    }

    private void print(PrintWriter out, IngestReport report) {
        if (format == OutputFormat.json) {
            var node = Json.object();
            node.put("read", report.read());
            node.put("stored", report.stored());
            node.put("rejected", report.rejected());
            var byKind = node.putObject("storedByKind");
            report.storedByKind().forEach(byKind::put);
            var skipped = node.putArray("skippedFiles");
            report.skippedFiles().forEach(skipped::add);
            var errors = node.putArray("sourceErrors");
            report.sourceErrors().forEach(errors::add);
            report.deadLetterFile().ifPresent(file -> node.put("deadLetterFile", file.toString()));
            node.put("exitStatus", report.exitStatus());
            Json.print(out, node);
            return;
        }
        printSummary(out, report);
    }

    static void printSummary(PrintWriter out, IngestReport report) {
        out.printf("read %,d  stored %,d  rejected %,d%n", report.read(), report.stored(), report.rejected());
        report.storedByKind().forEach((kind, count) -> out.printf("  %-15s %,d%n", kind, count));
        report.skippedFiles().forEach(file -> out.println("  skipped: " + file));
        report.sourceErrors().forEach(error -> out.println("  source error: " + error));
        report.deadLetterFile().ifPresent(file -> out.println("rejected records and their reasons: " + file
                + "\n  fix them and ingest that file again, or look at them with: head " + file));
        out.flush();
    }
}
