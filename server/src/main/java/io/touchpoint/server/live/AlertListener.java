package io.touchpoint.server.live;

/** Somewhere alerts go: a supervisor's SSE stream, an agent's assist stream, a WebSocket. */
public interface AlertListener {

    /**
     * Delivers one alert, already serialized as JSON; returns false when the listener is gone
     * (closed stream), so the hub drops it.
     */
    boolean deliver(Alert alert, String json);

    /** Ends the stream (server shutdown); nothing by default. */
    default void close() {
    }
}
