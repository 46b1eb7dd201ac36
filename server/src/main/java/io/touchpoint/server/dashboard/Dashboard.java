package io.touchpoint.server.dashboard;

import io.javalin.config.JavalinConfig;
import io.touchpoint.server.ServerContext;

/**
 * The web dashboard's routes. Owned by the dashboard engineer (package
 * {@code io.touchpoint.server.dashboard}, static files in {@code src/main/resources/dashboard/});
 * {@link io.touchpoint.server.TouchpointServer} calls {@link #register} once while it builds the
 * app, after the API routes, so pages can use everything in {@link ServerContext}.
 */
public final class Dashboard {

    private Dashboard() {
    }

    /**
     * Adds the dashboard's routes to {@code config} ({@code config.routes.get(path, handler,
     * Permission...)}); a route given no permission is public.
     */
    public static void register(JavalinConfig config, ServerContext context) {
        // The dashboard engineer fills this in.
    }
}
