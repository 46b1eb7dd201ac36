package io.touchpoint.cli.analysis;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.store.TouchpointStore;
import java.util.ArrayList;
import java.util.List;
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

    public AnalysisRun(TouchpointStore store, Pipeline pipeline, String pipelineVersion, int threads) {
        this.store = requireNonNull(store, "store is null");
        this.pipeline = requireNonNull(pipeline, "pipeline is null");
        this.pipelineVersion = requireNonNull(pipelineVersion, "pipelineVersion is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
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
                List<Interaction> chunk = store.interactions(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                List<Future<AnalyzedInteraction>> futures = new ArrayList<>(chunk.size());
                for (Interaction interaction : chunk) {
                    futures.add(pool.submit(() -> pipeline.run(interaction)));
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
