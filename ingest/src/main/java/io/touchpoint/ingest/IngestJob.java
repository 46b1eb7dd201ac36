package io.touchpoint.ingest;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.BatchWriter;
import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.progress.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files and folders: picks a connector per file, streams its records into atomic batches
 * for a {@link BatchWriter}, and sends rejected records to a {@link DeadLetterWriter}.
 *
 * <pre>{@code
 * try (DeadLetterWriter deadLetters = new DeadLetterWriter(dataDir.resolve("dead-letter.ndjson"))) {
 *     IngestReport report = new IngestJob(ConnectorRegistry.load(), store, deadLetters,
 *             IngestOptions.defaults(), ProgressListener.NONE, 1000).run(List.of(Path.of("exports")));
 *     System.exit(report.exitStatus());
 * }
 * }</pre>
 *
 * <p>Folders are walked recursively in name order; hidden files and folders (name starting with
 * a dot), the dead-letter file itself, earlier runs' rejections ({@code *dead-letter*.ndjson}
 * and {@code .ndjson} files in a folder named {@code dead-letter}) and any excluded path (such as
 * the store's own data folder) are skipped. A file no connector reads is listed in
 * {@link IngestReport#skippedFiles()}; a source that cannot be read is listed in
 * {@link IngestReport#sourceErrors()} and the run goes on. Files are grouped per connector and
 * handed over together ({@link Connector#readAll}), so e-mail threads can span files.
 * Progress is reported in bytes over the total size of the files to read.
 *
 * <p>With {@link #withPreprocessing}, every interaction goes through a pipeline (PII redaction,
 * routing) before its first write: only its output is stored, with the pipeline's findings.
 */
public final class IngestJob {

    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    private final ConnectorRegistry registry;
    private final BatchWriter writer;
    private final DeadLetterWriter deadLetters;
    private final IngestOptions options;
    private final ProgressListener progress;
    private final int batchSize;
    private final List<Path> excluded;
    private final Pipeline preprocessing;

    public IngestJob(ConnectorRegistry registry, BatchWriter writer, DeadLetterWriter deadLetters,
            IngestOptions options, ProgressListener progress, int batchSize) {
        this(registry, writer, deadLetters, options, progress, batchSize, List.of());
    }

    /**
     * @param excludedPaths files or folders never read even when inside a given folder, such as the
     *     store's data folder when it lives under the folder being ingested
     */
    public IngestJob(ConnectorRegistry registry, BatchWriter writer, DeadLetterWriter deadLetters,
            IngestOptions options, ProgressListener progress, int batchSize, Collection<Path> excludedPaths) {
        this.registry = requireNonNull(registry, "registry is null");
        this.writer = requireNonNull(writer, "writer is null");
        this.deadLetters = requireNonNull(deadLetters, "deadLetters is null");
        this.options = requireNonNull(options, "options is null");
        this.progress = requireNonNull(progress, "progress is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
        this.excluded = requireNonNull(excludedPaths, "excludedPaths is null").stream()
                .map(path -> path.toAbsolutePath().normalize()).toList();
        this.preprocessing = null;
    }

    private IngestJob(IngestJob job, Pipeline preprocessing) {
        this.registry = job.registry;
        this.writer = job.writer;
        this.deadLetters = job.deadLetters;
        this.options = job.options;
        this.progress = job.progress;
        this.batchSize = job.batchSize;
        this.excluded = job.excluded;
        this.preprocessing = preprocessing;
    }

    /**
     * This job, with every interaction run through {@code pipeline} before it is written: the
     * store receives the pipeline's version of the interaction (redacted text, a routed queue)
     * and its findings, never the original. An interaction the pipeline fails on is rejected to
     * the dead-letter file with the reason, and the run goes on.
     */
    public IngestJob withPreprocessing(Pipeline pipeline) {
        return new IngestJob(this, requireNonNull(pipeline, "pipeline is null"));
    }

    /**
     * Ingests every file in {@code filesOrFolders}.
     *
     * @throws TouchpointException (external) when the dead-letter file cannot be written; a
     *     failure of the {@link BatchWriter} stops the run and propagates as thrown (the batches
     *     written before it stay written)
     */
    public IngestReport run(List<Path> filesOrFolders) {
        requireNonNull(filesOrFolders, "filesOrFolders is null");
        List<String> skipped = new ArrayList<>();
        List<String> sourceErrors = new ArrayList<>();
        Map<Connector, List<Path>> plan = new LinkedHashMap<>();
        for (Path file : expand(filesOrFolders, sourceErrors)) {
            Connector connector = registry.forFile(file, options).orElse(null);
            if (connector == null) {
                String reason = file + ": no connector reads this file (known: "
                        + String.join(", ", registry.all().stream().map(Connector::name).toList()) + ")";
                LOG.warn("Skipping {}", reason);
                skipped.add(reason);
            } else {
                plan.computeIfAbsent(connector, key -> new ArrayList<>()).add(file);
            }
        }
        long totalBytes = plan.values().stream().flatMap(List::stream).mapToLong(IngestJob::sizeOf).sum();
        Batcher batcher = new Batcher();
        progress.start("ingest", totalBytes);
        try {
            for (Map.Entry<Connector, List<Path>> entry : plan.entrySet()) {
                Connector connector = entry.getKey();
                List<Path> files = entry.getValue();
                long groupBytes = files.stream().mapToLong(IngestJob::sizeOf).sum();
                LOG.info("Reading {} file(s) with connector '{}'", files.size(), connector.name());
                ProgressSink sink = new ProgressSink(batcher, groupBytes);
                try {
                    connector.readAll(files, options, sink);
                } catch (IOException e) {
                    recordFailure(connector, e, sourceErrors);
                    for (Throwable suppressed : e.getSuppressed()) {
                        recordFailure(connector, suppressed, sourceErrors);
                    }
                } catch (UncheckedIOException e) {
                    recordFailure(connector, e.getCause(), sourceErrors);
                } catch (StopRun e) {
                    throw e;
                } catch (TouchpointException e) {
                    // a configuration the files do not fit (a CSV mapping naming a missing column): the user's to fix
                    LOG.warn("Connector '{}' cannot read {}: {}", connector.name(), files, e.getMessage());
                    sourceErrors.add(e.getMessage());
                } catch (RuntimeException e) {
                    // A connector bug must not lose the other sources' data; it is logged with its stack.
                    LOG.error("Connector '{}' failed on {}", connector.name(), files, e);
                    sourceErrors.add(files + ": connector '" + connector.name() + "' failed: " + e);
                }
                sink.finishGroup();
            }
            batcher.flush();
            batcher.awaitWrite();
            deadLetters.flush();
        } catch (IOException e) {
            throw deadLetterFailure(e);
        } catch (StopRun e) {
            throw e.failure;
        } finally {
            batcher.close();
            progress.finish();
        }
        IngestReport report = new IngestReport(batcher.read, batcher.stored, batcher.rejected,
                batcher.storedByKind(), skipped, sourceErrors, deadLetters.createdFile());
        LOG.info("Ingest finished: {}", report.summary());
        return report;
    }

    private TouchpointException deadLetterFailure(IOException e) {
        return TouchpointException.external("cannot write the dead-letter file " + deadLetters.file() + ": "
                + e.getMessage(), e);
    }

    /**
     * Carries a failure of the store or of the dead-letter file through the connector that was
     * calling the sink, so that it stops the run instead of being mistaken for a bad source.
     */
    private static final class StopRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException failure;

        StopRun(RuntimeException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    private static void recordFailure(Connector connector, Throwable error, List<String> sourceErrors) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        if (error instanceof java.nio.file.NoSuchFileException) {
            message = message + ": no such file";
        } else if (error instanceof java.nio.file.AccessDeniedException) {
            message = message + ": access denied";
        }
        LOG.warn("Connector '{}' could not read a source: {}", connector.name(), message);
        sourceErrors.add(message);
    }

    private List<Path> expand(List<Path> filesOrFolders, List<String> sourceErrors) {
        List<Path> files = new ArrayList<>();
        for (Path given : filesOrFolders) {
            Path path = given.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                sourceErrors.add(given + ": no such file or folder");
                continue;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !isHiddenBelow(path, file))
                            .filter(this::isWanted)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    sourceErrors.add(given + ": cannot list folder: " + e.getMessage());
                }
            } else if (isWanted(path)) {
                files.add(path);
            }
        }
        return files;
    }

    private boolean isWanted(Path file) {
        if (file.equals(deadLetters.file())) {
            return false;
        }
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        boolean inDeadLetterFolder = parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("dead-letter");
        if (name.endsWith(".ndjson") && (name.contains("dead-letter") || inDeadLetterFolder)) {
            return false;
        }
        return excluded.stream().noneMatch(file::startsWith);
    }

    /** Hidden: any name from below the given folder down to the file starts with a dot. */
    private static boolean isHiddenBelow(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Turns a connector's per-file cumulative byte counts into progress advances within one group. */
    private final class ProgressSink implements RecordSink {
        private final Batcher batcher;
        private final long groupBytes;
        private long lastReported;
        private long advanced;

        ProgressSink(Batcher batcher, long groupBytes) {
            this.batcher = batcher;
            this.groupBytes = groupBytes;
        }

        @Override
        public void accept(IngestRecord record) {
            batcher.accept(record);
        }

        @Override
        public void progress(long bytesRead) {
            // Counts restart with each file of a group: a smaller number means a new file began.
            long delta = bytesRead >= lastReported ? bytesRead - lastReported : bytesRead;
            lastReported = bytesRead;
            advance(delta);
        }

        void finishGroup() {
            advance(groupBytes - advanced);
        }

        private void advance(long delta) {
            long allowed = Math.min(delta, groupBytes - advanced);
            if (allowed > 0) {
                advanced += allowed;
                progress.advance(allowed);
            }
        }
    }

    /** Buffers accepted records into batches of {@code batchSize} and rejections into the dead-letter file. */
    private final class Batcher {
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<Customer> customers = new ArrayList<>();
        private final List<Agent> agents = new ArrayList<>();
        private final List<DesktopEvent> desktopEvents = new ArrayList<>();
        private final Map<String, List<Finding>> findings = new LinkedHashMap<>();
        private long read;
        private long stored;
        private long rejected;
        private long storedInteractions;
        private long storedCustomers;
        private long storedAgents;
        private long storedDesktopEvents;
        private final ExecutorService writerThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-writer");
            thread.setDaemon(true);
            return thread;
        });
        private Future<?> inFlight;
        private IngestBatch inFlightBatch;

        void accept(IngestRecord record) {
            requireNonNull(record, "record is null");
            read++;
            switch (record) {
                case IngestRecord.InteractionRecord r -> addInteraction(r.interaction());
                case IngestRecord.CustomerRecord r -> customers.add(r.customer());
                case IngestRecord.AgentRecord r -> agents.add(r.agent());
                case IngestRecord.DesktopEventRecord r -> desktopEvents.add(r.event());
                case IngestRecord.Rejected r -> {
                    rejected++;
                    LOG.debug("Rejected {}", r.message());
                    try {
                        deadLetters.write(r);
                    } catch (IOException e) {
                        throw new StopRun(deadLetterFailure(e));
                    }
                }
            }
            if (pending() >= batchSize) {
                flush();
            }
        }

        private void addInteraction(Interaction interaction) {
            if (preprocessing == null) {
                interactions.add(interaction);
                return;
            }
            AnalyzedInteraction result;
            try {
                result = preprocessing.run(interaction);
            } catch (RuntimeException e) {
                rejected++;
                LOG.warn("Interaction {} rejected: preprocessing failed: {}", interaction.id(), e.getMessage());
                try {
                    deadLetters.write(new IngestRecord.Rejected(new SourceLocation(interaction.id(), "interaction", 0),
                            IngestRecord.Rejected.WHOLE_RECORD, "preprocessing (PII redaction, routing) failed: "
                                    + e.getMessage() + "; the interaction was not stored (it is here, as canonical NDJSON, to re-ingest "
                                    + "once fixed)", io.touchpoint.ingest.canonical.CanonicalJson.toLine(interaction)));
                } catch (IOException io) {
                    throw new StopRun(deadLetterFailure(io));
                }
                return;
            }
            // The last record with an id wins in the store; its findings must be the ones kept.
            findings.remove(interaction.id());
            interactions.add(result.interaction());
            if (!result.findings().isEmpty()) {
                findings.put(interaction.id(), result.findings());
            }
        }

        int pending() {
            return interactions.size() + customers.size() + agents.size() + desktopEvents.size();
        }

        /**
         * Hands the pending records to the writer thread as one batch. At most one batch is in
         * flight: reading the next batch overlaps with storing this one, which uses both cores.
         */
        void flush() {
            if (pending() == 0) {
                return;
            }
            IngestBatch batch = new IngestBatch(interactions, customers, agents, desktopEvents, findings);
            findings.clear();
            interactions.clear();
            customers.clear();
            agents.clear();
            desktopEvents.clear();
            awaitWrite();
            inFlightBatch = batch;
            inFlight = writerThread.submit(() -> writer.write(batch));
        }

        /** Waits for the batch in flight and counts it as stored; a failed write stops the run. */
        void awaitWrite() {
            if (inFlight == null) {
                return;
            }
            IngestBatch batch = inFlightBatch;
            Future<?> write = inFlight;
            inFlight = null;
            inFlightBatch = null;
            try {
                write.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StopRun(new TouchpointException(TouchpointException.Kind.EXTERNAL, "ingest was interrupted", e));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new StopRun(cause instanceof RuntimeException runtime ? runtime
                        : new TouchpointException(TouchpointException.Kind.INTERNAL, "writing a batch failed: " + cause, cause));
            }
            stored += batch.size();
            storedInteractions += batch.interactions().size();
            storedCustomers += batch.customers().size();
            storedAgents += batch.agents().size();
            storedDesktopEvents += batch.desktopEvents().size();
        }

        /** Lets a write in flight finish (so the store is never closed under it) and stops the writer thread. */
        void close() {
            if (inFlight != null) {
                try {
                    inFlight.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    LOG.debug("A batch write failed while the run was stopping", e.getCause());
                }
            }
            writerThread.shutdown();
        }

        Map<String, Long> storedByKind() {
            Map<String, Long> byKind = new LinkedHashMap<>();
            byKind.put("interactions", storedInteractions);
            byKind.put("customers", storedCustomers);
            byKind.put("agents", storedAgents);
            byKind.put("desktopEvents", storedDesktopEvents);
            return byKind;
        }
    }
}
