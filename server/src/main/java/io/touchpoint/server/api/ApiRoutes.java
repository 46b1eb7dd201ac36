package io.touchpoint.server.api;

import io.javalin.config.JavalinConfig;
import io.touchpoint.server.ServerContext;
import io.touchpoint.quality.QualityService;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.server.ServerLifecycle;
import java.util.function.Supplier;

/** Registers every route of the REST API (the dashboard registers its own). */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    public static void register(JavalinConfig cfg, ServerContext context, ServerLifecycle lifecycle) {
        new OperationsRoutes(context, lifecycle).register(cfg.routes);
        new AuthRoutes(context).register(cfg.routes);
        new StatsRoutes(context).register(cfg.routes);
        new InteractionRoutes(context).register(cfg.routes);
        new PeopleRoutes(context).register(cfg.routes);
        new AnalyticsRoutes(context, context.rules()).register(cfg.routes);
        new AdminRoutes(context).register(cfg.routes);
        new ReviewRoutes(context, memoize(() -> new QualityService(context.store(), ScorecardLibrary.builtIn())))
                .register(cfg.routes);
    }
}
