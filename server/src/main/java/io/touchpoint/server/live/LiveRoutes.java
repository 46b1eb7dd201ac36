package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.Sessions;
import io.touchpoint.server.auth.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live analysis over WebSocket and REST, and the alert streams (SSE).
 *
 * <p>WebSocket {@code /api/live/ws} (authenticate with {@code Authorization: Bearer <token>} or the
 * session cookie; needs the live-ingest permission). Messages are JSON objects, one per frame:
 *
 * <pre>
 * → {"type":"start","conversationId":"c1","channel":"voice","direction":"outbound","queue":"collections","agentId":"A-7"}
 * → {"type":"turn","conversationId":"c1","speaker":"customer","text":"I filed for bankruptcy","startMs":0,"endMs":2100}
 * ← {"type":"ack","conversationId":"c1","turnIndex":0}
 * ← {"type":"alert","alert":{...}}          (the agent-assist prompt is alert.assist)
 * → {"type":"end","conversationId":"c1"}
 * ← {"type":"ended","conversationId":"c1"}
 * ← {"type":"error","code":"...","message":"..."}
 * </pre>
 */
public final class LiveRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRoutes.class);

    record AlertRow(String id, Instant raisedAt, String kind, String severity, String conversationId, String agentId,
            String team, int turnIndex, String message, String evidence) {
    }

    private final ServerContext context;
    private final LiveSessions sessions;
    private final AlertHub hub;
    private final Authenticator authenticator;
    private final ObjectMapper json;
    private final Map<String, User> socketUsers = new ConcurrentHashMap<>();

    public LiveRoutes(ServerContext context, LiveSessions sessions, AlertHub hub) {
        this.context = requireNonNull(context, "context is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.hub = requireNonNull(hub, "hub is null");
        this.authenticator = new Authenticator(context.users(), context.sessions());
        this.json = context.json();
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/live/conversations", this::startRest, Permission.LIVE_INGEST);
        routes.post("/api/live/conversations/{id}/turns", this::turnRest, Permission.LIVE_INGEST);
        routes.post("/api/live/conversations/{id}/end", this::endRest, Permission.LIVE_INGEST);
        routes.ws("/api/live/ws", ws -> {
            ws.onConnect(this::connect);
            ws.onMessage(this::message);
            ws.onClose(ctx -> socketUsers.remove(ctx.sessionId()));
            ws.onError(ctx -> socketUsers.remove(ctx.sessionId()));
        });
        routes.sse("/api/alerts/stream", this::alertStream, Permission.READ_ALERTS);
        routes.sse("/api/live/assist", this::assistStream, Permission.AGENT_ASSIST);
        routes.get("/api/alerts", this::history, Permission.READ_ALERTS);
    }

    // ------------------------------------------------------------------------------ REST

    private void startRest(Context ctx) {
        User user = Authenticator.user(ctx);
        LiveStart start = parseStart(readBody(ctx));
        sessions.start(user, start);
        ctx.status(201).json(Map.of("conversationId", start.conversationId()));
    }

    private void turnRest(Context ctx) {
        long received = System.nanoTime();
        User user = Authenticator.user(ctx);
        LiveTurn turn = parseTurn(readBody(ctx));
        ctx.json(await(sessions.turn(user, ctx.pathParam("id"), turn, received)));
    }

    private void endRest(Context ctx) {
        User user = Authenticator.user(ctx);
        String id = ctx.pathParam("id");
        await(sessions.end(user, id));
        context.audit().record(user, "live.end", "interaction:" + id, "stored");
        ctx.json(Map.of("conversationId", id, "stored", true));
    }

    private JsonNode readBody(Context ctx) {
        try {
            return json.readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getMessage());
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted");
        } catch (TimeoutException e) {
            throw ApiException.unavailable("live analysis is overloaded: no answer in 30 s");
        } catch (ExecutionException e) {
            Throwable cause = LiveSessions.unwrap(e.getCause());
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "live analysis failed", cause);
        }
    }

    // ------------------------------------------------------------------------------ parsing

    static LiveStart parseStart(JsonNode body) {
        String id = text(body, "conversationId", true);
        try {
            Channel channel = Channel.parse(Optional.ofNullable(text(body, "channel", false)).orElse("voice"));
            Direction direction = Direction.parse(Optional.ofNullable(text(body, "direction", false)).orElse("inbound"));
            String startedAt = text(body, "startedAt", false);
            return new LiveStart(id, channel, direction, text(body, "queue", false), text(body, "agentId", false),
                    text(body, "customerId", false), startedAt == null ? Instant.now() : Instant.parse(startedAt));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("live start of " + id + ": " + e.getMessage());
        }
    }

    static LiveTurn parseTurn(JsonNode body) {
        try {
            Speaker speaker = Speaker.parse(text(body, "speaker", true));
            String text = text(body, "text", true);
            long startMs = body.path("startMs").asLong(0);
            long endMs = body.has("endMs") ? body.get("endMs").asLong() : startMs;
            double confidence = body.has("confidence") ? body.get("confidence").asDouble() : 1.0;
            return new LiveTurn(speaker, text, startMs, endMs, confidence);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("live turn: " + e.getMessage());
        }
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode node = body == null ? null : body.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            if (required) {
                throw ApiException.badRequest("field '" + field + "' is required");
            }
            return null;
        }
        return node.asText();
    }

    // ------------------------------------------------------------------------------ WebSocket

    private void connect(WsContext ctx) {
        Optional<User> user;
        try {
            user = authenticator.identify(ctx.header("Authorization"), ctx.cookie(Sessions.COOKIE));
        } catch (RuntimeException e) {
            user = Optional.empty();
        }
        if (user.isEmpty()) {
            ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, "sign in first: session cookie or Bearer token");
            return;
        }
        if (!user.get().can(Permission.LIVE_INGEST)) {
            ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, "the " + user.get().role().id()
                    + " role may not stream live conversations");
            return;
        }
        socketUsers.put(ctx.sessionId(), user.get());
        ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
    }

    private void message(WsMessageContext ctx) {
        long received = System.nanoTime();
        User user = socketUsers.get(ctx.sessionId());
        if (user == null) {
            ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, "sign in first");
            return;
        }
        String conversationId = null;
        try {
            JsonNode message = json.readTree(ctx.message());
            conversationId = text(message, "conversationId", true);
            String type = text(message, "type", true);
            String id = conversationId;
            switch (type) {
                case "start" -> {
                    sessions.start(user, parseStart(message));
                    send(ctx, Map.of("type", "started", "conversationId", id));
                }
                case "turn" -> sessions.turn(user, id, parseTurn(message), received).whenComplete((result, error) -> {
                    if (error != null) {
                        sendError(ctx, id, LiveSessions.unwrap(error));
                        return;
                    }
                    send(ctx, Map.of("type", "ack", "conversationId", id, "turnIndex", result.turnIndex()));
                    for (Alert alert : result.alerts()) {
                        Map<String, Object> event = new LinkedHashMap<>();
                        event.put("type", "alert");
                        event.put("alert", alert);
                        send(ctx, event);
                    }
                });
                case "end" -> sessions.end(user, id).whenComplete((ignored, error) -> {
                    if (error != null) {
                        sendError(ctx, id, LiveSessions.unwrap(error));
                        return;
                    }
                    context.audit().record(user, "live.end", "interaction:" + id, "stored");
                    send(ctx, Map.of("type", "ended", "conversationId", id));
                });
                default -> throw ApiException.badRequest("unknown message type '" + type
                        + "'; use start, turn or end");
            }
        } catch (java.io.IOException e) {
            sendError(ctx, conversationId, ApiException.badRequest("the message is not JSON: " + e.getMessage()));
        } catch (RuntimeException e) {
            sendError(ctx, conversationId, e);
        }
    }

    private void sendError(WsContext ctx, String conversationId, Throwable error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "error");
        body.put("conversationId", conversationId);
        if (error instanceof ApiException api) {
            body.put("code", api.code());
            body.put("message", api.getMessage());
        } else if (error instanceof TouchpointException touchpoint
                && touchpoint.kind() == TouchpointException.Kind.USER_ERROR) {
            body.put("code", "bad_request");
            body.put("message", touchpoint.getMessage());
        } else {
            LOG.error("Live message of conversation {} failed", conversationId, error);
            body.put("code", "internal");
            body.put("message", "an internal error occurred; the server log has the details");
        }
        send(ctx, body);
    }

    private void send(WsContext ctx, Object message) {
        try {
            String text = json.writeValueAsString(message);
            synchronized (ctx.session) {
                if (ctx.session.isOpen()) {
                    ctx.send(text);
                }
            }
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.debug("Could not send to a live WebSocket", e);
        }
    }

    // ------------------------------------------------------------------------------ SSE

    /** Supervisors (and analysts, admins): every alert within their scope, as {@code event: alert}. */
    private void alertStream(SseClient client) {
        User user = Authenticator.user(client.ctx());
        DataScope scope = context.scopes().of(user);
        streamTo(client, listener -> hub.subscribe(scope, listener));
        context.audit().record(user, "alerts.subscribe", "alerts", "");
    }

    /** An agent's own prompts: the alerts of their live conversations, as {@code event: assist}. */
    private void assistStream(SseClient client) {
        User user = Authenticator.user(client.ctx());
        if (user.agentId() == null) {
            throw ApiException.badRequest("user " + user.username() + " is not an agent (no agent id)");
        }
        streamTo(client, listener -> hub.subscribeAssist(user.agentId(), listener));
    }

    private void streamTo(SseClient client, java.util.function.Consumer<AlertListener> subscribe) {
        client.keepAlive();
        String event = client.ctx().path().endsWith("assist") ? "assist" : "alert";
        AlertListener listener = new AlertListener() {
            @Override
            public boolean deliver(Alert alert, String body) {
                synchronized (client) {
                    if (client.terminated()) {
                        return false;
                    }
                    client.sendEvent(event, body);
                    return !client.terminated();
                }
            }

            @Override
            public void close() {
                synchronized (client) {
                    client.close();
                }
            }
        };
        client.onClose(() -> hub.unsubscribe(listener));
        subscribe.accept(listener);
        synchronized (client) {
            // A first comment flushes the headers, so a client knows it is subscribed.
            client.sendComment("subscribed");
        }
    }

    private void history(Context ctx) {
        User user = Authenticator.user(ctx);
        int limit = Math.max(1, Math.min(1_000, ctx.queryParam("limit") == null ? 100
                : Integer.parseInt(ctx.queryParam("limit"))));
        DataScope scope = context.scopes().of(user);
        List<AlertRow> rows = new ArrayList<>();
        try (Connection connection = context.store().openReader();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id, raised_at, kind, severity, interaction_id, agent_id, team, turn_index, message, "
                                + "evidence FROM server_alerts ORDER BY raised_at DESC, id")) {
            try (ResultSet result = query.executeQuery()) {
                while (result.next() && rows.size() < limit) {
                    if (scope.allowsAgent(result.getString(6))) {
                        rows.add(new AlertRow(result.getString(1), result.getTimestamp(2).toInstant(),
                                result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                                result.getString(7), result.getInt(8), result.getString(9), result.getString(10)));
                    }
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the alert history: " + e.getMessage(), e);
        }
        context.audit().record(user, "alerts.read", "alerts", "");
        ctx.json(rows);
    }
}
