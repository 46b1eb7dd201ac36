package io.touchpoint.cli.output;

import io.touchpoint.core.progress.ProgressListener;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, drawn only when standard error is a terminal so
 * that logs and CI output stay clean. Redraws at most ten times a second.
 */
public final class TerminalProgressBar implements ProgressListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private String task = "";
    private long total = -1;
    private long done;
    private long startedNanos;
    private long lastDrawNanos;
    private boolean drawn;

    private TerminalProgressBar(PrintStream err) {
        this.err = err;
    }

    /** A progress bar on a terminal, or {@link ProgressListener#NONE} when output is redirected. */
    public static ProgressListener forTerminal() {
        return isTerminal() && System.getenv("CI") == null ? new TerminalProgressBar(System.err) : ProgressListener.NONE;
    }

    @Override
    public synchronized void start(String newTask, long totalWork) {
        task = newTask;
        total = totalWork;
        done = 0;
        startedNanos = System.nanoTime();
        lastDrawNanos = 0;
        draw(true);
    }

    @Override
    public synchronized void advance(long work) {
        done += work;
        draw(false);
    }

    @Override
    public synchronized void finish() {
        if (total > 0) {
            done = total;
        }
        draw(true);
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDrawNanos < REDRAW_NANOS) {
            return;
        }
        lastDrawNanos = now;
        double seconds = Math.max(1e-9, (now - startedNanos) / 1e9);
        String line;
        if (total > 0) {
            double fraction = Math.min(1.0, (double) done / total);
            int filled = (int) Math.round(fraction * WIDTH);
            String eta = fraction > 0.01 ? String.format(Locale.ROOT, " ETA %ds", Math.round(seconds / fraction - seconds)) : "";
            line = String.format(Locale.ROOT, "\r%-14s [%s%s] %3d%% %5.0fs%s   ", task, "#".repeat(filled),
                    " ".repeat(WIDTH - filled), Math.round(fraction * 100), seconds, eta);
        } else {
            line = String.format(Locale.ROOT, "\r%-14s %,d done %5.0fs   ", task, done, seconds);
        }
        err.print(line);
        err.flush();
        drawn = true;
    }

    /** JDK 22+ has Console.isTerminal(); on 21 a non-null console means a terminal. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
