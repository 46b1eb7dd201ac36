package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.auth.Role;
import io.touchpoint.server.auth.Scopes;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextAnalyzers;
import io.touchpoint.text.TextConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live conversations in progress. Each accepted turn is analyzed on a worker pool, one turn of a
 * conversation at a time and in order: the analyzers (PII redaction, sentiment, emotion, the rule
 * packs) run on the conversation so far, {@link AlertRules} turns new findings into alerts and
 * the {@link AlertHub} delivers them. When a conversation ends, or the server stops, it is written
 * to the store as an interaction with its findings (redacted text only), like a batch-ingested one.
 */
public final class LiveSessions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSessions.class);

    /** The version stored with live analyses. */
    public static final String PIPELINE_VERSION = "live";

    /** What one accepted turn produced. */
    public record TurnResult(String conversationId, int turnIndex, List<Alert> alerts) {
    }

    private record Entry(LiveConversation conversation, CompletableFuture<?> tail) {
    }

    private final TouchpointStore store;
    private final Scopes scopes;
    private final AlertHub hub;
    private final AlertRules alertRules;
    private final Supplier<Pipeline> pipeline;
    private final ExecutorService workers;
    private final Clock clock;
    private final Map<String, Entry> open = new ConcurrentHashMap<>();
    private final ConversationWriter writer = new ConversationWriter();
    private final Timer analysis;
    private final Counter turns;
    private volatile boolean accepting = true;

    public LiveSessions(TouchpointStore store, Scopes scopes, AlertHub hub, Supplier<RuleSet> rules,
            Duration disclosureDeadline, MeterRegistry metrics, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.scopes = requireNonNull(scopes, "scopes is null");
        this.hub = requireNonNull(hub, "hub is null");
        this.alertRules = new AlertRules(disclosureDeadline);
        this.clock = requireNonNull(clock, "clock is null");
        Supplier<Pipeline> build = () -> {
            List<Analyzer> analyzers = new ArrayList<>(TextAnalyzers.defaults(TextConfig.fast()));
            analyzers.add(new RuleAnalyzer(rules.get()));
            return new Pipeline(analyzers);
        };
        Pipeline[] built = new Pipeline[1];
        this.pipeline = () -> {
            synchronized (built) {
                if (built[0] == null) {
                    built[0] = build.get();
                }
                return built[0];
            }
        };
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("touchpoint-live-", 0)
                .daemon().factory());
        this.analysis = Timer.builder("touchpoint.live.turn.analysis").description("analysis of one live turn")
                .publishPercentiles(0.5, 0.95, 0.99).register(metrics);
        this.turns = Counter.builder("touchpoint.live.turns").description("live turns accepted").register(metrics);
        Gauge.builder("touchpoint.live.conversations", open, Map::size).description("live conversations open")
                .register(metrics);
    }

    /** Builds the analyzers now, so the first live turn does not wait for the rule compiler. */
    public void warmUp() {
        Pipeline built = pipeline.get();
        // One run so the first real turn does not pay for class loading and lazy set-up.
        built.run(new LiveConversation(new LiveStart("warm-up", io.touchpoint.core.model.Channel.VOICE,
                io.touchpoint.core.model.Direction.INBOUND, null, null, null, clock.instant()), null, "system")
                .asInteraction().withTurns(List.of(new io.touchpoint.core.model.Turn(io.touchpoint.core.model.Speaker.CUSTOMER,
                0, 1_000, "hello, I filed for bankruptcy and want to cancel", 1.0))));
    }

    /**
     * Opens a conversation. An agent may open only their own conversations (the agent id defaults
     * to theirs); re-opening an open conversation is a conflict.
     */
    public void start(User user, LiveStart start) {
        checkAccepting();
        LiveStart effective = start;
        if (user.role() == Role.AGENT) {
            if (start.agentId() != null && !start.agentId().equals(user.agentId())) {
                throw ApiException.forbidden("an agent can stream only their own conversations (agent "
                        + user.agentId() + "), not agent " + start.agentId() + "'s");
            }
            effective = new LiveStart(start.conversationId(), start.channel(), start.direction(), start.queue(),
                    user.agentId(), start.customerId(), start.startedAt());
        }
        String team = scopes.teamOf(effective.agentId()).orElse(null);
        LiveConversation conversation = new LiveConversation(effective, team, user.username());
        Entry previous = open.putIfAbsent(start.conversationId(),
                new Entry(conversation, CompletableFuture.completedFuture(null)));
        if (previous != null) {
            throw ApiException.conflict("conversation " + start.conversationId() + " is already open");
        }
    }

    /**
     * Accepts a turn; the future completes once it is analyzed and its alerts delivered.
     *
     * @param receivedNanos {@link System#nanoTime()} when the turn arrived, for the latency metric
     */
    public CompletableFuture<TurnResult> turn(User user, String conversationId, LiveTurn turn, long receivedNanos) {
        checkAccepting();
        Entry entry = entry(user, conversationId);
        turns.increment();
        CompletableFuture<TurnResult> result;
        synchronized (entry.conversation()) {
            Entry current = open.get(conversationId);
            result = current.tail().handleAsync((ignored, error) -> analyze(current.conversation(), turn, receivedNanos),
                    workers);
            open.put(conversationId, new Entry(current.conversation(), result));
        }
        return result;
    }

    /** Ends a conversation: once its turns are analyzed, it is written to the store. */
    public CompletableFuture<Void> end(User user, String conversationId) {
        Entry entry = entry(user, conversationId);
        CompletableFuture<Void> done;
        synchronized (entry.conversation()) {
            Entry current = open.get(conversationId);
            // The analysis workers only hand the conversation over: store writes happen on the
            // writer thread, so a burst of calls ending never holds up live turns.
            done = current.tail().handle((ignored, error) -> null).thenComposeAsync(
                    ignored -> writer.submit(current.conversation()), workers);
            open.put(conversationId, new Entry(current.conversation(), done));
        }
        return done.whenComplete((ignored, error) -> open.remove(conversationId));
    }

    public int openConversations() {
        return open.size();
    }

    private Entry entry(User user, String conversationId) {
        Entry entry = open.get(conversationId);
        if (entry == null) {
            throw ApiException.notFound("no open live conversation " + conversationId + "; start it first");
        }
        LiveStart start = entry.conversation().start();
        if (user.role() == Role.AGENT && !user.agentId().equals(start.agentId())) {
            throw ApiException.forbidden("conversation " + conversationId + " is not yours");
        }
        if (user.role() == Role.SUPERVISOR && !scopes.of(user).allowsAgent(start.agentId())
                && !entry.conversation().owner().equals(user.username())) {
            throw ApiException.forbidden("conversation " + conversationId + " is outside your teams");
        }
        return entry;
    }

    private void checkAccepting() {
        if (!accepting) {
            throw ApiException.unavailable("the server is shutting down and takes no new live turns");
        }
    }

    private TurnResult analyze(LiveConversation conversation, LiveTurn turn, long receivedNanos) {
        long started = System.nanoTime();
        int index = conversation.add(turn.toTurn());
        AnalyzedInteraction analyzed = pipeline.get().run(conversation.asInteraction());
        conversation.analyzed(analyzed);
        analysis.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        List<Alert> alerts = new ArrayList<>();
        for (AlertRules.Raised raised : alertRules.evaluate(analyzed, index)) {
            if (conversation.raiseOnce(raised.key())) {
                LiveStart start = conversation.start();
                Alert alert = new Alert(UUID.randomUUID().toString(), raised.kind().wireName(), raised.kind().severity(),
                        start.conversationId(), start.agentId(), conversation.team(), raised.turnIndex(),
                        raised.message(), raised.assist(), raised.evidence(), clock.instant(), receivedNanos);
                hub.publish(alert);
                alerts.add(alert);
            }
        }
        return new TurnResult(conversation.start().conversationId(), index, alerts);
    }

    /** The conversation's final analysis (redacted text), or null when it has nothing to store. */
    private AnalyzedInteraction finalAnalysis(LiveConversation conversation) {
        if (conversation.ended() || conversation.turnCount() == 0) {
            conversation.end();
            return null;
        }
        conversation.end();
        AnalyzedInteraction analyzed = conversation.latest();
        if (analyzed == null || analyzed.interaction().turns().size() != conversation.turnCount()) {
            analyzed = pipeline.get().run(conversation.asInteraction());
        }
        return analyzed;
    }

    /**
     * Writes ended conversations to the store on one thread, many per write: the redacted text
     * is what gets stored; the original turns die with the conversation.
     */
    private final class ConversationWriter {

        private record Pending(LiveConversation conversation, CompletableFuture<Void> done) {
        }

        private final java.util.concurrent.BlockingQueue<Pending> queue = new java.util.concurrent.LinkedBlockingQueue<>();
        private final Thread thread = Thread.ofPlatform().name("touchpoint-live-writer").daemon().start(this::loop);
        private volatile boolean stopping;

        CompletableFuture<Void> submit(LiveConversation conversation) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            queue.add(new Pending(conversation, done));
            return done;
        }

        private void loop() {
            List<Pending> batch = new ArrayList<>();
            while (!stopping || !queue.isEmpty()) {
                try {
                    Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, 199);
                    write(batch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } finally {
                    batch.clear();
                }
            }
        }

        private void write(List<Pending> batch) {
            try {
                List<AnalyzedInteraction> analyzed = new ArrayList<>();
                for (Pending pending : batch) {
                    AnalyzedInteraction result = finalAnalysis(pending.conversation());
                    if (result != null) {
                        analyzed.add(result);
                    }
                }
                if (!analyzed.isEmpty()) {
                    store.write(IngestBatch.ofInteractions(analyzed.stream().map(AnalyzedInteraction::interaction).toList()));
                    store.writeAnalysis(analyzed, PIPELINE_VERSION);
                    LOG.debug("Stored {} ended live conversations", analyzed.size());
                }
                batch.forEach(pending -> pending.done().complete(null));
            } catch (RuntimeException e) {
                LOG.error("Could not store {} ended live conversations", batch.size(), e);
                batch.forEach(pending -> pending.done().completeExceptionally(e));
            }
        }

        void stop() {
            stopping = true;
            try {
                thread.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops taking turns, lets every accepted turn finish its analysis, and writes every open
     * conversation to the store. Nothing accepted is lost.
     */
    @Override
    public void close() {
        accepting = false;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (Entry entry : open.values()) {
            pending.add(entry.tail().handle((ignored, error) -> null)
                    .thenComposeAsync(ignored -> writer.submit(entry.conversation()), workers));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                    "live conversations could not all be stored at shutdown: " + e.getMessage(), e);
        } finally {
            LOG.info("Stored {} open live conversations at shutdown", pending.size());
            open.clear();
            writer.stop();
            workers.shutdown();
        }
    }

    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
