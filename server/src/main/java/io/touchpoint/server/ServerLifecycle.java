package io.touchpoint.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Started / ready / shutting down, and the work to do at shutdown: readiness reads it, and
 * components that hold accepted data in memory (live conversations) register a flush here.
 */
public final class ServerLifecycle {

    /** Something to run once the server stops taking requests. */
    @FunctionalInterface
    public interface ShutdownStep {
        void run() throws Exception;
    }

    private final ServerContext context;
    private final List<Runnable> onShutdownStart = new CopyOnWriteArrayList<>();
    private final List<ShutdownStep> onShutdownFinish = new CopyOnWriteArrayList<>();
    private volatile boolean started;
    private volatile boolean shuttingDown;

    ServerLifecycle(ServerContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    void markStarted() {
        started = true;
    }

    public boolean ready() {
        return started && !shuttingDown;
    }

    public boolean shuttingDown() {
        return shuttingDown;
    }

    /** Runs as the stop begins, before requests in flight finish (stop taking new work). */
    public void onShutdownStart(Runnable step) {
        onShutdownStart.add(requireNonNull(step, "step is null"));
    }

    /** Runs after the HTTP server stopped (flush what was accepted). */
    public void onShutdownFinish(ShutdownStep step) {
        onShutdownFinish.add(requireNonNull(step, "step is null"));
    }

    void beginShutdown() {
        shuttingDown = true;
        onShutdownStart.forEach(Runnable::run);
    }

    void finishShutdown() {
        for (ShutdownStep step : onShutdownFinish) {
            try {
                step.run();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ServerLifecycle.class)
                        .error("A shutdown step of the server over {} failed", context.store().dataDir(), e);
            }
        }
    }
}
