package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.ServerLifecycle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Health, readiness, Prometheus metrics and the OpenAPI document: public, for machines. */
final class OperationsRoutes {

    /** The answer of {@code /health} and {@code /ready}. */
    record Health(String status, Map<String, String> checks) {
    }

    private final ServerContext context;
    private final ServerLifecycle lifecycle;
    private final byte[] openApi;

    OperationsRoutes(ServerContext context, ServerLifecycle lifecycle) {
        this.context = requireNonNull(context, "context is null");
        this.lifecycle = requireNonNull(lifecycle, "lifecycle is null");
        this.openApi = OpenApiDocument.json(context.json());
    }

    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(new Health("up", Map.of())));
        routes.get("/ready", this::ready);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(context.metrics().scrape()));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    /** 200 when the server takes requests and the store answers a query; 503 otherwise. */
    private void ready(Context ctx) {
        Map<String, String> checks = new LinkedHashMap<>();
        boolean ok = lifecycle.ready();
        checks.put("server", lifecycle.shuttingDown() ? "shutting down" : ok ? "ok" : "starting");
        try (Connection connection = context.store().openReader();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM interactions")) {
            rows.next();
            checks.put("store", "ok");
        } catch (RuntimeException | SQLException e) {
            ok = false;
            checks.put("store", "failing: " + e.getMessage());
        }
        ctx.status(ok ? 200 : 503).json(new Health(ok ? "ready" : "not ready", checks));
    }

    static byte[] resource(String name) {
        try (InputStream in = OperationsRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
