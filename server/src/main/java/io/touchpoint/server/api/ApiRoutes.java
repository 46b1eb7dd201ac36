package io.touchpoint.server.api;

import io.javalin.config.JavalinConfig;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.ServerLifecycle;

/** Registers every route of the REST API (the dashboard registers its own). */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    public static void register(JavalinConfig cfg, ServerContext context, ServerLifecycle lifecycle) {
        new OperationsRoutes(context, lifecycle).register(cfg.routes);
        new AuthRoutes(context).register(cfg.routes);
        new StatsRoutes(context).register(cfg.routes);
        new InteractionRoutes(context).register(cfg.routes);
        new PeopleRoutes(context).register(cfg.routes);
        new AnalyticsRoutes(context, context.rules()).register(cfg.routes);
        new AdminRoutes(context).register(cfg.routes);
    }
}
