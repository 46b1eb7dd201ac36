package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.store.TouchpointStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans each live alert out: to every supervisor stream whose scope covers the alert's agent, to
 * the agent's own assist streams, to the configured webhooks (asynchronously, never holding up
 * the others), and to the {@code server_alerts} table (by a background writer, in batches, so a
 * burst of alerts does not queue behind the store's write lock).
 */
public final class AlertHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertHub.class);

    private record Subscriber(DataScope scope, AlertListener listener) {
    }

    private final ObjectMapper json;
    private final List<Subscriber> supervisors = new CopyOnWriteArrayList<>();
    private final Map<String, List<AlertListener>> assist = new ConcurrentHashMap<>();
    private final List<URI> webhooks;
    private final HttpClient http;
    private final Timer latency;
    private final Counter raised;
    private final Counter webhookFailures;
    private final BlockingQueue<Alert> unsaved = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final TouchpointStore store;
    private volatile boolean closing;

    public AlertHub(TouchpointStore store, ObjectMapper json, List<URI> webhooks, MeterRegistry metrics) {
        this.store = requireNonNull(store, "store is null");
        this.json = requireNonNull(json, "json is null");
        this.webhooks = List.copyOf(webhooks);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.latency = Timer.builder("touchpoint.live.alert.latency")
                .description("from the raising turn's arrival to the alert written to the supervisor streams")
                .publishPercentiles(0.5, 0.95, 0.99).register(metrics);
        this.raised = Counter.builder("touchpoint.live.alerts").description("live alerts raised").register(metrics);
        this.webhookFailures = Counter.builder("touchpoint.live.webhook.failures")
                .description("alert webhook calls that failed").register(metrics);
        this.writer = Thread.ofPlatform().name("touchpoint-alert-writer").daemon().start(this::writeLoop);
    }

    /** Streams alerts within {@code scope} to {@code listener} until it reports closed. */
    public void subscribe(DataScope scope, AlertListener listener) {
        supervisors.add(new Subscriber(requireNonNull(scope, "scope is null"), requireNonNull(listener, "listener is null")));
    }

    public void unsubscribe(AlertListener listener) {
        supervisors.removeIf(subscriber -> subscriber.listener() == listener);
        assist.values().forEach(list -> list.remove(listener));
    }

    /** Streams the alerts of {@code agentId}'s conversations (agent assist) to {@code listener}. */
    public void subscribeAssist(String agentId, AlertListener listener) {
        assist.computeIfAbsent(requireNonNull(agentId, "agentId is null"), key -> new CopyOnWriteArrayList<>())
                .add(requireNonNull(listener, "listener is null"));
    }

    public int subscribers() {
        return supervisors.size();
    }

    public void publish(Alert alert) {
        String body;
        try {
            body = json.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + alert.id() + " as JSON", e);
        }
        raised.increment();
        for (Subscriber subscriber : supervisors) {
            if (subscriber.scope().allowsAgent(alert.agentId()) || subscriber.scope() instanceof DataScope.All) {
                deliver(subscriber.listener(), alert, body);
            }
        }
        latency.record(System.nanoTime() - alert.turnReceivedNanos(), TimeUnit.NANOSECONDS);
        if (alert.agentId() != null) {
            for (AlertListener listener : assist.getOrDefault(alert.agentId(), List.of())) {
                deliver(listener, alert, body);
            }
        }
        for (URI hook : webhooks) {
            HttpRequest request = HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() >= 300) {
                    webhookFailures.increment();
                    LOG.warn("Alert webhook {} failed for alert {}: {}", hook, alert.id(),
                            error != null ? error.getMessage() : "HTTP " + response.statusCode());
                }
            });
        }
        unsaved.add(alert);
    }

    /** Ends every open stream: the server is stopping. */
    public void closeStreams() {
        List<AlertListener> all = new ArrayList<>();
        supervisors.forEach(subscriber -> all.add(subscriber.listener()));
        assist.values().forEach(all::addAll);
        supervisors.clear();
        assist.clear();
        for (AlertListener listener : all) {
            try {
                listener.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing an alert stream failed", e);
            }
        }
    }

    private void deliver(AlertListener listener, Alert alert, String body) {
        boolean open;
        try {
            open = listener.deliver(alert, body);
        } catch (RuntimeException e) {
            LOG.debug("An alert stream failed; dropping it", e);
            open = false;
        }
        if (!open) {
            unsubscribe(listener);
        }
    }

    private void writeLoop() {
        List<Alert> batch = new ArrayList<>();
        while (!closing || !unsaved.isEmpty()) {
            try {
                Alert first = unsaved.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                unsaved.drainTo(batch, 500);
                save(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Could not save {} live alerts to the store", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void save(List<Alert> batch) {
        store.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO server_alerts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Alert alert : batch) {
                    insert.setString(1, alert.id());
                    insert.setTimestamp(2, Timestamp.from(alert.raisedAt()));
                    insert.setString(3, alert.kind());
                    insert.setString(4, alert.severity());
                    insert.setString(5, alert.conversationId());
                    insert.setString(6, alert.agentId());
                    insert.setString(7, alert.team());
                    insert.setInt(8, alert.turnIndex());
                    insert.setString(9, alert.message());
                    insert.setString(10, alert.evidence());
                    // One statement per alert: DuckDB's JDBC batch opens a transaction of its own.
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Ends every stream (so a graceful stop does not wait for them), saves the alerts still
     * queued, then stops the writer.
     */
    @Override
    public void close() {
        closeStreams();
        closing = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
