package io.touchpoint.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.server.api.ApiRoutes;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.PasswordHasher;
import io.touchpoint.server.auth.Scopes;
import io.touchpoint.server.auth.Sessions;
import io.touchpoint.server.auth.UserDirectory;
import io.touchpoint.server.dashboard.Dashboard;
import io.touchpoint.server.live.AlertHub;
import io.touchpoint.server.live.LiveRoutes;
import io.touchpoint.server.live.LiveSessions;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.store.TouchpointStore;
import java.util.function.Supplier;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Touchpoint server: the REST API, the dashboard, live analysis and alerts, over one open
 * store. It does not own the store: whoever opened it closes it after {@link #stop()}.
 *
 * <pre>{@code
 * try (TouchpointStore store = TouchpointStore.open(dataDir);
 *         TouchpointServer server = TouchpointServer.create(ServerConfig.defaults().withPort(0), store).start()) {
 *     URI base = URI.create("http://localhost:" + server.port());
 *     ...
 * }
 * }</pre>
 */
public final class TouchpointServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TouchpointServer.class);

    private final ServerContext context;
    private final Javalin app;
    private final ServerLifecycle lifecycle;
    private final AlertHub alerts;
    private final LiveSessions live;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile io.touchpoint.server.live.AlertTopicBridge alertTopic;

    private TouchpointServer(ServerContext context, ServerLifecycle lifecycle) {
        this.context = context;
        this.lifecycle = lifecycle;
        this.alerts = new AlertHub(context.store(), context.json(), context.config().webhooks(), context.metrics());
        this.live = new LiveSessions(context.store(), context.scopes(), alerts, context.rules(),
                context.config().disclosureDeadline(), context.metrics(), Clock.systemUTC());
        LiveRoutes liveRoutes = new LiveRoutes(context, live, alerts);
        this.app = Javalin.create(cfg -> {
            configure(cfg, context, lifecycle);
            liveRoutes.register(cfg.routes);
            Dashboard.register(cfg, context);
        });
    }

    /** Builds the server (creating the server's tables in the store when missing); not yet listening. */
    public static TouchpointServer create(ServerConfig config, TouchpointStore store) {
        requireNonNull(config, "config is null");
        requireNonNull(store, "store is null");
        UserDirectory users = UserDirectory.open(store, new PasswordHasher(config.passwordIterations()));
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        ServerContext context = new ServerContext(store, config, users,
                new Sessions(config.sessionIdleTimeout(), Clock.systemUTC()), new Scopes(store), jsonMapper(), metrics,
                new AuditTrail(store.audit(), metrics), memoize(RuleSet::builtIn));
        return new TouchpointServer(context, new ServerLifecycle(context));
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T current = value;
                if (current == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = supplier.get();
                        }
                        current = value;
                    }
                }
                return current;
            }
        };
    }

    /** The mapper the API writes JSON with: ISO-8601 instants, Optional unwrapped. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static void configure(JavalinConfig cfg, ServerContext context, ServerLifecycle lifecycle) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jsonMapper(new JavalinJackson(context.json(), false));
        cfg.http.maxRequestSize = 10L * 1024 * 1024;
        cfg.jetty.modifyServer(server -> server.setStopTimeout(context.config().shutdownGrace().toMillis()));
        cfg.staticFiles.enableWebjars();
        if (TouchpointServer.class.getResource("/dashboard") != null) {
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dashboard";
                files.location = Location.CLASSPATH;
            });
        }

        Authenticator authenticator = new Authenticator(context.users(), context.sessions());
        cfg.routes.beforeMatched(authenticator::check);
        cfg.requestLogger.http((ctx, millis) -> recordRequest(context, ctx, millis));

        cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        cfg.routes.exception(TouchpointException.class, (e, ctx) -> {
            switch (e.kind()) {
                case USER_ERROR -> error(ctx, 400, "bad_request", e.getMessage());
                case EXTERNAL -> {
                    LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e);
                    error(ctx, 503, "unavailable", e.getMessage());
                }
                default -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal", "an internal error occurred; the server log has the details");
                }
            }
        });
        cfg.routes.exception(IllegalArgumentException.class,
                (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                codeOf(e.getStatus()), e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "an internal error occurred; the server log has the details");
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && ctx.result() == null) {
                error(ctx, 404, "not_found", "no route " + ctx.method() + " " + ctx.path()
                        + "; GET /openapi.json lists them");
            }
        });

        ApiRoutes.register(cfg, context, lifecycle);
    }

    private static void recordRequest(ServerContext context, Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        Timer.builder("touchpoint.http.requests")
                .description("HTTP requests by route and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(context.metrics())
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ErrorBody(status, code, message));
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }

    /** Starts listening on the configured host and port (0: a free port, see {@link #port()}). */
    public TouchpointServer start() {
        live.warmUp();
        app.start(context.config().host(), context.config().port());
        lifecycle.markStarted();
        LOG.info("Touchpoint server listening on http://{}:{} (data {})", context.config().host(), port(),
                context.store().dataDir());
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    public ServerContext context() {
        return context;
    }

    /** Live conversations in progress. */
    public LiveSessions live() {
        return live;
    }

    /** Where live alerts go. */
    public AlertHub alerts() {
        return alerts;
    }

    /** The Javalin app, for tests that list its routes. */
    public Javalin app() {
        return app;
    }

    /**
     * Also pushes the alerts of a Kafka topic (written by the scale module's Flink live job) to
     * the alert streams, until the server stops.
     */
    public void consumeAlertTopic(String bootstrapServers, String topic) {
        alertTopic = io.touchpoint.server.live.AlertTopicBridge.start(bootstrapServers, topic, alerts, context.store());
    }

    /**
     * Stops gracefully: readiness turns false, new live turns are refused, requests in flight get
     * up to the shutdown grace to finish, then every open live conversation is written to the
     * store so no accepted turn is lost. Does not close the store.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        lifecycle.beginShutdown();
        // Alert streams never end on their own: close them so the graceful stop waits only for
        // real requests.
        alerts.closeStreams();
        if (alertTopic != null) {
            alertTopic.close();
        }
        app.stop();
        try {
            live.close();
        } finally {
            alerts.close();
            lifecycle.finishShutdown();
            context.metrics().close();
        }
        LOG.info("Touchpoint server stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
