package io.touchpoint.cli.analysis;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextFindings;
import io.touchpoint.text.classify.QueueRoutingAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the analysis pipeline over the store's interactions that need it (new, changed, or analyzed
 * by another pipeline version), in chunks: each chunk is analyzed on a thread pool and written in
 * one atomic store write, so a run that is stopped loses at most one chunk and resumes where it was.
 */
public final class AnalysisRun {

    /** Interactions per atomic write. */
    static final int CHUNK = 500;

    private final TouchpointStore store;
    private final Pipeline pipeline;
    private final String pipelineVersion;
    private final int threads;
    private final boolean routes;

    /** Analyzers whose stored findings may be carried forward; see {@link #carriedForward}. */
    private static final List<String> CARRIED_ANALYZERS = List.of(TextFindings.PII_ANALYZER, QueueRoutingAnalyzer.NAME);

    public AnalysisRun(TouchpointStore store, Pipeline pipeline, String pipelineVersion, int threads) {
        this.store = requireNonNull(store, "store is null");
        this.pipeline = requireNonNull(pipeline, "pipeline is null");
        this.pipelineVersion = requireNonNull(pipelineVersion, "pipelineVersion is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.routes = pipeline.analyzers().stream().anyMatch(analyzer -> analyzer.name().equals(QueueRoutingAnalyzer.NAME));
    }

    public record Result(int analyzed, long findings, double seconds) {
    }

    public Result run(boolean all, ProgressListener progress) throws InterruptedException {
        List<String> ids = store.interactionIdsNeedingAnalysis(pipelineVersion, all);
        long started = System.nanoTime();
        long findings = 0;
        progress.start("analyzing", ids.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "analyzer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunkIds = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                List<Interaction> chunk = store.interactions(chunkIds);
                Map<String, List<Finding>> carried = store.findings(chunkIds, CARRIED_ANALYZERS);
                List<Future<AnalyzedInteraction>> futures = new ArrayList<>(chunk.size());
                for (Interaction interaction : chunk) {
                    AnalyzedInteraction seed = AnalyzedInteraction.of(interaction)
                            .plus(carriedForward(carried.getOrDefault(interaction.id(), List.of())));
                    futures.add(pool.submit(() -> pipeline.run(seed)));
                }
                List<AnalyzedInteraction> analyzed = new ArrayList<>(chunk.size());
                for (Future<AnalyzedInteraction> future : futures) {
                    analyzed.add(unwrap(future));
                }
                store.writeAnalysis(analyzed, pipelineVersion);
                for (AnalyzedInteraction result : analyzed) {
                    findings += result.findings().size();
                }
                progress.advance(chunk.size());
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new Result(ids.size(), findings, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Findings that describe text the store no longer has: the PII redaction made at ingest (or
     * by an earlier analysis) points at the original, unredacted characters, and running the
     * redactor again on the redacted text cannot find them. Queue routing made at ingest is kept
     * when this pipeline does not route. Everything else is made again by the pipeline.
     */
    List<Finding> carriedForward(List<Finding> stored) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : stored) {
            boolean redaction = finding.analyzer().equals(TextFindings.PII_ANALYZER) && finding.label().equals("redacted");
            boolean routing = finding.analyzer().equals(QueueRoutingAnalyzer.NAME) && !routes;
            if (redaction || routing) {
                kept.add(finding);
            }
        }
        return kept;
    }

    private static AnalyzedInteraction unwrap(Future<AnalyzedInteraction> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
